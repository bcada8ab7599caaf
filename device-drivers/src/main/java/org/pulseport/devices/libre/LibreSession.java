package org.pulseport.devices.libre;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SampleQuality;
import org.pulseport.devices.download.ClockOffset;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.DeviceInfo;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.download.DownloadSession;
import org.pulseport.devices.download.LazySamples;
import org.pulseport.devices.download.ProtocolException;
import org.pulseport.devices.download.SkipCounter;
import org.pulseport.devices.transport.Transport;

/**
 * A download session on one FreeStyle Libre reader: historic readings ({@code $history?}) first, then scans
 * ({@code $arresult?}), each requested only when the stream reaches it.
 */
public final class LibreSession implements DownloadSession {

    /** The reader shows LO below and HI above these values. */
    public static final int LOWEST_READING = 40;
    public static final int HIGHEST_READING = 500;

    private static final String[] COMMANDS = {"$history?", "$arresult?"};

    private final Transport transport;
    private final LibreReader reader;
    private final DownloadRequest request;
    private final DeviceInfo device;
    private final ClockOffset clockOffset;
    private final ReaderClock clock;
    private final SkipCounter skips = new SkipCounter();
    private long recordsRead;

    LibreSession(Transport transport, LibreReader reader, DownloadRequest request, DeviceInfo device,
                 ClockOffset clockOffset, ReaderClock clock) {
        this.transport = transport;
        this.reader = reader;
        this.request = request;
        this.device = device;
        this.clockOffset = clockOffset;
        this.clock = clock;
    }

    @Override
    public DeviceInfo device() {
        return device;
    }

    @Override
    public ClockOffset clockOffset() {
        return clockOffset;
    }

    @Override
    public Stream<Sample> samples() {
        LazySamples.BatchSource batches = new LazySamples.BatchSource() {
            private int next;

            @Override
            public boolean hasMore() {
                return next < COMMANDS.length;
            }

            @Override
            public List<Sample> nextBatch() throws DeviceException {
                return read(COMMANDS[next++]);
            }
        };
        return LazySamples.stream(batches, request.cancellation(), this::close);
    }

    private List<Sample> read(String command) throws DeviceException {
        String message = reader.text(command);
        List<List<String>> records;
        try {
            records = LibreMultiRecord.parse(message);
        } catch (ProtocolException e) {
            throw DeviceException.of(transport.description(), e);
        }
        List<Sample> samples = new ArrayList<>();
        for (List<String> fields : records) {
            try {
                LibreRecordParser.Parsed parsed = command.equals(COMMANDS[0]) ? LibreRecordParser.history(fields)
                        : LibreRecordParser.result(fields);
                if (parsed instanceof LibreRecordParser.Parsed.Reading) {
                    toSample(((LibreRecordParser.Parsed.Reading) parsed).reading(), samples);
                } else {
                    skips.skip(((LibreRecordParser.Parsed.NotAReading) parsed).reason());
                }
            } catch (ProtocolException e) {
                skips.damaged(command + " record " + fields.get(0), e.getMessage());
            }
        }
        recordsRead += records.size();
        request.progress().onProgress(recordsRead, recordsRead);
        return samples;
    }

    private void toSample(LibreReading reading, List<Sample> samples) {
        Instant at = clock.toUtc(reading.readerTime());
        if (!request.wants(at)) {
            return;
        }
        int value = Math.max(LOWEST_READING, Math.min(HIGHEST_READING, reading.mgDl()));
        SampleQuality quality = reading.mgDl() < LOWEST_READING ? SampleQuality.BELOW_RANGE
                : reading.mgDl() > HIGHEST_READING ? SampleQuality.ABOVE_RANGE : SampleQuality.OK;
        samples.add(Sample.of(request.source().profileId(), request.source().sourceId(), MetricType.GLUCOSE, at,
                clock.utcOffset(at), value).withQuality(quality));
    }

    @Override
    public Map<String, Long> skipped() {
        return skips.snapshot();
    }

    @Override
    public void close() {
        transport.close();
    }
}
