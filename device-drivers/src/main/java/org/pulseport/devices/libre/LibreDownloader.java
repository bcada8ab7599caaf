package org.pulseport.devices.libre;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.pulseport.devices.download.ClockOffset;
import org.pulseport.devices.download.DeviceDownloader;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.DeviceInfo;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.download.Transports;
import org.pulseport.devices.download.ProtocolException;
import org.pulseport.devices.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads an Abbott FreeStyle Libre (original) reader over USB HID: handshake, serial number ({@code $sn?}),
 * software version, the reader clock ({@code $date?}, {@code $time?}) against the computer clock, then readings.
 */
public final class LibreDownloader implements DeviceDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(LibreDownloader.class);

    @Override
    public LibreSession open(Transport transport, DownloadRequest request) throws DeviceException {
        Transports.open(transport);
        try {
            LibreReader reader = new LibreReader(transport, request.replyTimeout());
            reader.handshake();
            String serial = reader.text("$sn?").trim();
            String software = reader.text("$swver?").trim();
            Instant before = request.computerClock().instant();
            String date = reader.text("$date?");
            String time = reader.text("$time?");
            Instant after = request.computerClock().instant();
            LocalDateTime readerNow = readerClock(transport, date, time);
            Instant measuredAt = before.plus(Duration.between(before, after).dividedBy(2));
            ClockOffset offset = new ClockOffset(readerNow, measuredAt.atZone(request.computerZone()));
            offset.warning().ifPresent(w -> LOG.warn("Libre reader {}: {}", serial, w));
            ReaderClock clock = ReaderClock.measure(readerNow, measuredAt, request.computerZone());
            return new LibreSession(transport, reader, request,
                    new DeviceInfo("FreeStyle Libre reader", serial, software), offset, clock);
        } catch (DeviceException | RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    private static LocalDateTime readerClock(Transport transport, String date, String time) throws DeviceException {
        try {
            return ReaderClock.parse(date, time);
        } catch (ProtocolException e) {
            throw DeviceException.of(transport.description(), e);
        }
    }
}
