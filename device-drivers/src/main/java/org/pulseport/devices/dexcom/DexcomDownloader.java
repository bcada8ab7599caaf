package org.pulseport.devices.dexcom;

import java.time.Duration;
import java.time.Instant;
import org.pulseport.devices.download.ClockOffset;
import org.pulseport.devices.download.DeviceDownloader;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.DeviceInfo;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.download.Transports;
import org.pulseport.devices.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a Dexcom G4/G5/G6 receiver: ping, firmware header, partition info, serial number, then the receiver
 * clock against the computer clock, then EGV pages on demand.
 */
public final class DexcomDownloader implements DeviceDownloader {

    /** Receivers answer up to this many pages per request comfortably. */
    public static final int DEFAULT_PAGES_PER_REQUEST = 4;
    /** The serial settings of the receiver's CDC-ACM port. */
    public static final int BAUD_RATE = 115_200;

    private static final Logger LOG = LoggerFactory.getLogger(DexcomDownloader.class);

    private final int pagesPerRequest;

    public DexcomDownloader() {
        this(DEFAULT_PAGES_PER_REQUEST);
    }

    public DexcomDownloader(int pagesPerRequest) {
        if (pagesPerRequest < 1 || pagesPerRequest > 0xFF) {
            throw new IllegalArgumentException("pagesPerRequest must be 1..255");
        }
        this.pagesPerRequest = pagesPerRequest;
    }

    @Override
    public DexcomSession open(Transport transport, DownloadRequest request) throws DeviceException {
        Transports.open(transport);
        try {
            DexcomReceiver receiver = new DexcomReceiver(transport, request.replyTimeout());
            receiver.ping();
            FirmwareHeader firmware = receiver.firmwareHeader();
            int recordLength = receiver.partitionInfo().of(RecordType.EGV_DATA)
                    .map(PartitionInfo.Partition::recordLength).filter(length -> length > 2)
                    .orElse(EgvLayout.G4.recordLength());
            String serial = receiver.manufacturingData().serialNumber();
            Instant before = request.computerClock().instant();
            long systemSeconds = receiver.systemTimeSeconds();
            Instant after = request.computerClock().instant();
            int displayOffset = receiver.displayTimeOffsetSeconds();
            Instant measuredAt = before.plus(Duration.between(before, after).dividedBy(2));
            ReceiverClock clock = ReceiverClock.measure(systemSeconds, displayOffset, measuredAt,
                    request.computerZone());
            ClockOffset offset = new ClockOffset(ReceiverClock.displayTime(systemSeconds, displayOffset),
                    measuredAt.atZone(request.computerZone()));
            offset.warning().ifPresent(w -> LOG.warn("Dexcom {}: {}", serial, w));
            DeviceInfo device = new DeviceInfo(firmware.productName().isEmpty() ? firmware.productId()
                    : firmware.productName(), serial, firmware.firmwareVersion());
            return new DexcomSession(transport, receiver, request, device, clock, offset, pagesPerRequest,
                    DatabasePage.DATA_LENGTH / recordLength);
        } catch (DeviceException | RuntimeException e) {
            transport.close();
            throw e;
        }
    }
}
