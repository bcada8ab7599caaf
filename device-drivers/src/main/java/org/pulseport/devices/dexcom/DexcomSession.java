package org.pulseport.devices.dexcom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pulseport.core.model.Sample;
import org.pulseport.devices.download.ClockOffset;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.DeviceInfo;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.download.DownloadSession;
import org.pulseport.devices.download.LazySamples;
import org.pulseport.devices.download.ProtocolException;
import org.pulseport.devices.download.SkipCounter;
import org.pulseport.devices.transport.Transport;

/** A download session on one Dexcom receiver; see {@link DexcomDownloader}. */
public final class DexcomSession implements DownloadSession {

    private final Transport transport;
    private final DexcomReceiver receiver;
    private final DownloadRequest request;
    private final DeviceInfo device;
    private final ReceiverClock clock;
    private final ClockOffset clockOffset;
    private final EgvSampleMapper mapper;
    private final EgvPageSource pages;
    private final SkipCounter skips;

    DexcomSession(Transport transport, DexcomReceiver receiver, DownloadRequest request, DeviceInfo device,
                  ReceiverClock clock, ClockOffset clockOffset, int pagesPerRequest, int recordsPerPage) {
        this.transport = transport;
        this.receiver = receiver;
        this.request = request;
        this.device = device;
        this.clock = clock;
        this.clockOffset = clockOffset;
        this.skips = new SkipCounter();
        this.mapper = new EgvSampleMapper(request.source(), clock, clockOffset.computerClock().getOffset(), skips);
        this.pages = new EgvPageSource(receiver, request, mapper, skips, pagesPerRequest, recordsPerPage);
    }

    @Override
    public DeviceInfo device() {
        return device;
    }

    @Override
    public ClockOffset clockOffset() {
        return clockOffset;
    }

    /** How far the receiver's system clock is from UTC; every record time is corrected by it. */
    public ReceiverClock receiverClock() {
        return clock;
    }

    @Override
    public Stream<Sample> samples() {
        return LazySamples.stream(pages, request.cancellation(), this::close);
    }

    /** The meter calibrations newer than the request's {@code since}, oldest first (read eagerly). */
    public List<MeterCalibration> meterCalibrations() throws DeviceException {
        PageRange range = receiver.pageRange(RecordType.METER_DATA);
        List<MeterCalibration> calibrations = new ArrayList<>();
        for (long page = range.first(); !range.isEmpty() && page <= range.last(); page++) {
            request.cancellation().throwIfCancelled();
            DatabasePage meterPage = receiver.readPages(RecordType.METER_DATA, page, 1).get(0);
            int length = MeterRecord.recordLength(meterPage.revision()).orElse(MeterRecord.G4_LENGTH);
            for (int i = 0; i < meterPage.recordCount(); i++) {
                try {
                    MeterRecord meter = MeterRecord.decode(meterPage.record(i, length));
                    MeterCalibration calibration = new MeterCalibration(clock.toUtc(meter.systemSeconds()),
                            clock.utcOffset(meter.systemSeconds(), meter.displaySeconds(),
                                    clockOffset.computerClock().getOffset()), meter.glucose());
                    if (request.wants(calibration.recordedAt())) {
                        calibrations.add(calibration);
                    }
                } catch (ProtocolException e) {
                    skips.damaged("meter record " + (meterPage.firstRecordIndex() + i), e.getMessage());
                }
            }
        }
        return calibrations;
    }

    @Override
    public Map<String, Long> skipped() {
        return skips.snapshot();
    }

    /** Requests sent to the receiver in this session so far, retries included. */
    public long requestCount() {
        return receiver.requestCount();
    }

    @Override
    public void close() {
        transport.close();
    }
}
