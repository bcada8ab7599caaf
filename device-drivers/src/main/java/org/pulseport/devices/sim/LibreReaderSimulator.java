package org.pulseport.devices.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.pulseport.devices.download.ProtocolException;
import org.pulseport.devices.libre.LibreHidFraming;
import org.pulseport.devices.libre.LibreHidMessage;
import org.pulseport.devices.libre.LibreMultiRecord;
import org.pulseport.devices.libre.LibreTextReply;
import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportError;
import org.pulseport.devices.transport.TransportException;

/**
 * A FreeStyle Libre reader that plugs straight into the {@link Transport} abstraction (no kernel HID device):
 * it answers the handshake and text commands with 64-byte reports, interleaves keep-alive reports, holds
 * historic readings every 15 minutes (sensor warm-ups every 14 days flagged as not ready), a few scans a day,
 * strip results and a time-change event, and injects the configured faults.
 */
public final class LibreReaderSimulator implements Transport {

    private static final Duration HISTORY_INTERVAL = Duration.ofMinutes(15);
    private static final int SENSOR_RECORDS = 14 * 96;
    private static final int WARM_UP_RECORDS = 4;
    private static final int SENSOR_NOT_READY = 32768;
    private static final int SCANS_PER_DAY = 6;

    private final SimulatedDevice config;
    private final GlucoseTrace trace;
    private final Random random;
    private final List<String> history = new ArrayList<>();
    private final List<String> results = new ArrayList<>();
    private final List<Instant> readingTimes = new ArrayList<>();
    private final Deque<byte[]> outbox = new ArrayDeque<>();
    private Instant nextHistoric;
    private int recordId;
    private boolean open;
    private boolean unplugged;
    private int requests;
    private int textReplies;
    private long bytesSent;

    public LibreReaderSimulator(SimulatedDevice config) {
        this.config = config;
        this.trace = new GlucoseTrace(config.seed(), config.zone());
        this.random = new Random(config.seed());
        Instant now = config.clock().instant().truncatedTo(ChronoUnit.MINUTES);
        Instant start = now.minus(Duration.ofDays(config.days()));
        nextHistoric = start.minusSeconds(start.getEpochSecond() % HISTORY_INTERVAL.getSeconds());
        appendHistoric(now);
        for (Instant day = start; day.isBefore(now); day = day.plus(Duration.ofDays(1))) {
            for (int i = 0; i < SCANS_PER_DAY; i++) {
                Instant scan = day.plusSeconds(random.nextInt(86_400)).truncatedTo(ChronoUnit.MINUTES);
                if (scan.isBefore(now)) {
                    results.add(result(scan, 2, trace.mgDlAt(scan)));
                    readingTimes.add(scan);
                }
            }
            results.add(result(day.plusSeconds(7 * 3600), 0, 110));
        }
        LocalDateTime changed = readerTime(start);
        results.add(String.format("%d,5,%s,1,%s,0,0,0,0,0", ++recordId, fields(changed), fields(changed.minusHours(1))));
    }

    /** Adds {@code count} more historic readings after the newest (time passes on the simulated reader). */
    public synchronized void appendReadings(int count) {
        appendHistoric(nextHistoric.plus(HISTORY_INTERVAL.multipliedBy(count)));
    }

    /** The true UTC times of every glucose reading the reader holds (historic and scans). */
    public synchronized List<Instant> readingTimes() {
        return readingTimes.stream().sorted().toList();
    }

    private void appendHistoric(Instant end) {
        for (GlucoseTrace.Point point : trace.between(nextHistoric, end, HISTORY_INTERVAL)) {
            int index = history.size();
            boolean warmingUp = index % SENSOR_RECORDS < WARM_UP_RECORDS;
            history.add(String.format("%d,3,%s,1,0,0,0,%d,%d,%d", ++recordId, fields(readerTime(point.at())),
                    warmingUp ? 0 : point.mgDl(), (index % SENSOR_RECORDS) * 15, warmingUp ? SENSOR_NOT_READY : 0));
            if (!warmingUp) {
                readingTimes.add(point.at());
            }
        }
        nextHistoric = end;
    }

    private String result(Instant at, int kind, int value) {
        return String.format("%d,2,%s,1,%d,0,0,%d,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", ++recordId,
                fields(readerTime(at)), kind, value);
    }

    private LocalDateTime readerTime(Instant at) {
        return LocalDateTime.ofInstant(at, config.zone()).plus(config.clockOffset());
    }

    private static String fields(LocalDateTime time) {
        return String.format("%d,%d,%d,%d,%d,%d", time.getMonthValue(), time.getDayOfMonth(), time.getYear() % 100,
                time.getHour(), time.getMinute(), time.getSecond());
    }

    @Override
    public String description() {
        return "simulated FreeStyle Libre " + config.serialNumber();
    }

    @Override
    public synchronized void open() throws TransportException {
        if (unplugged) {
            throw new TransportException(new TransportError.NotFound(description()));
        }
        open = true;
    }

    @Override
    public synchronized void write(byte[] data) throws TransportException {
        requireConnected();
        LibreHidMessage message;
        try {
            message = LibreHidFraming.decode(data, Math.min(data.length, LibreHidFraming.REPORT_SIZE));
        } catch (ProtocolException e) {
            return;
        }
        requests++;
        if (config.faults().silentOn(requests)) {
            return;
        }
        switch (message.type()) {
            case LibreHidFraming.INIT_QUERY:
                queue(LibreHidFraming.INIT_QUERY_REPLY, new byte[] {0x01});
                break;
            case LibreHidFraming.INIT_SERIAL:
                queue(LibreHidFraming.INIT_SERIAL_REPLY, (config.serialNumber() + "\0").getBytes(StandardCharsets.US_ASCII));
                break;
            case LibreHidFraming.INIT_SOFTWARE_VERSION:
                queue(LibreHidFraming.INIT_SOFTWARE_VERSION_REPLY, "2.1.2\0".getBytes(StandardCharsets.US_ASCII));
                break;
            case LibreHidFraming.INIT_COMPLETE:
                queue(LibreHidFraming.INIT_COMPLETE_REPLY, new byte[] {0x01});
                break;
            case LibreHidFraming.TEXT:
                answer(new String(message.payload(), StandardCharsets.US_ASCII).trim());
                break;
            default:
                break;
        }
    }

    private void answer(String command) {
        String reply;
        switch (command) {
            case "$sn?":
                reply = LibreTextReply.format(config.serialNumber() + "\r\n");
                break;
            case "$swver?":
                reply = LibreTextReply.format("2.1.2\r\n");
                break;
            case "$date?": {
                LocalDateTime now = readerTime(config.clock().instant());
                reply = LibreTextReply.format(now.getMonthValue() + "," + now.getDayOfMonth() + ","
                        + now.getYear() % 100 + "\r\n");
                break;
            }
            case "$time?": {
                LocalDateTime now = readerTime(config.clock().instant());
                reply = LibreTextReply.format(now.getHour() + "," + now.getMinute() + "\r\n");
                break;
            }
            case "$history?":
                reply = LibreTextReply.format(LibreMultiRecord.format(history));
                break;
            case "$arresult?":
                reply = LibreTextReply.format(LibreMultiRecord.format(results));
                break;
            default:
                reply = "CKSM:00000000\r\nCMD Fail!\r\n";
                break;
        }
        textReplies++;
        if (config.faults().corrupts(textReplies)) {
            reply = (reply.charAt(0) == '9' ? "8" : "9") + reply.substring(1);
        }
        byte[] bytes = reply.getBytes(StandardCharsets.ISO_8859_1);
        for (int offset = 0, reports = 0; offset < bytes.length; offset += LibreHidFraming.MAX_PAYLOAD, reports++) {
            if (reports % 3 == 2) {
                queue(LibreHidFraming.KEEP_ALIVE, new byte[] {0x00});
            }
            byte[] chunk = new byte[Math.min(LibreHidFraming.MAX_PAYLOAD, bytes.length - offset)];
            System.arraycopy(bytes, offset, chunk, 0, chunk.length);
            queue(LibreHidFraming.TEXT, chunk);
        }
    }

    private void queue(int type, byte[] payload) {
        outbox.add(LibreHidFraming.encode(new LibreHidMessage(type, payload)));
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException {
        requireConnected();
        byte[] report = outbox.poll();
        if (report == null) {
            throw new TransportException(new TransportError.Timeout(description(), timeout.toMillis()));
        }
        bytesSent += report.length;
        long limit = config.faults().unplugAfterBytes();
        if (limit >= 0 && bytesSent > limit) {
            unplugged = true;
            throw new TransportException(new TransportError.Disconnected(description()));
        }
        int copied = Math.min(length, report.length);
        System.arraycopy(report, 0, buffer, offset, copied);
        return copied;
    }

    private void requireConnected() throws TransportException {
        if (unplugged) {
            throw new TransportException(new TransportError.Disconnected(description()));
        }
        if (!open) {
            throw new TransportException(new TransportError.IoFailure(description(), "not open"));
        }
    }

    @Override
    public synchronized void close() {
        open = false;
        outbox.clear();
    }
}
