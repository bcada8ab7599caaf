package org.pulseport.devices.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.devices.dexcom.DexcomCommand;
import org.pulseport.devices.dexcom.DexcomFrame;
import org.pulseport.devices.dexcom.DexcomFrameCodec;
import org.pulseport.devices.dexcom.DexcomProtocol;
import org.pulseport.devices.dexcom.EgvLayout;
import org.pulseport.devices.dexcom.EgvRecord;
import org.pulseport.devices.dexcom.EgvSpecialValue;
import org.pulseport.devices.dexcom.FirmwareHeader;
import org.pulseport.devices.dexcom.ManufacturingData;
import org.pulseport.devices.dexcom.MeterRecord;
import org.pulseport.devices.dexcom.PageRange;
import org.pulseport.devices.dexcom.ReceiverClock;
import org.pulseport.devices.dexcom.RecordType;
import org.pulseport.devices.download.ProtocolException;

/**
 * The device side of the Dexcom receiver protocol: answers request packets from a database of generated records
 * (one EGV every 5 minutes over the configured days, sensor warm-ups every 7 days, occasional "?" and aberration
 * values, superseded display-only records, two meter calibrations a day). No I/O: {@link DexcomSimulatorServer}
 * carries its replies over a pseudo-terminal.
 */
public final class DexcomReceiverSimulator {

    public static final Duration EGV_INTERVAL = Duration.ofMinutes(5);
    private static final Duration SENSOR_SESSION = Duration.ofDays(7);
    private static final int WARM_UP_RECORDS = 24;
    private static final Duration CALIBRATION_INTERVAL = Duration.ofHours(12);

    private final DexcomSimulatorConfig config;
    private final SimulatedDevice device;
    private final ReceiverClock clock;
    private final GlucoseTrace trace;
    private final DexcomDatabase database = new DexcomDatabase();
    private final List<GlucoseTrace.Point> readings = new ArrayList<>();
    private final Random random;
    private final Instant firstReading;
    private Instant nextReading;
    private int previousValue = -1;

    public DexcomReceiverSimulator(DexcomSimulatorConfig config) {
        this.config = config;
        this.device = config.device();
        this.clock = new ReceiverClock(device.clockOffset(), device.clockOffset());
        this.trace = new GlucoseTrace(device.seed(), device.zone());
        this.random = new Random(device.seed());
        EgvLayout model = config.model();
        int meterLength = model == EgvLayout.G4 ? MeterRecord.G4_LENGTH : MeterRecord.G5_LENGTH;
        database.define(RecordType.MANUFACTURING_DATA, "ManufacturingData", 1, ManufacturingData.RECORD_LENGTH);
        database.define(RecordType.EGV_DATA, "EGVData", model.revision(), model.recordLength());
        database.define(RecordType.METER_DATA, "MeterData", model == EgvLayout.G4 ? 2 : 3, meterLength);
        Instant now = device.clock().instant().truncatedTo(ChronoUnit.MINUTES);
        now = now.minusSeconds(now.getEpochSecond() % EGV_INTERVAL.getSeconds());
        firstReading = now.minus(Duration.ofDays(device.days()));
        nextReading = firstReading;
        database.append(RecordType.MANUFACTURING_DATA, new ManufacturingData(device.serialNumber(), "MT21255")
                .encode(clock.toSystemSeconds(firstReading)));
        appendUntil(now.plus(EGV_INTERVAL));
    }

    /** Adds {@code count} more readings after the newest one (time passes on the simulated receiver). */
    public void appendReadings(int count) {
        appendUntil(nextReading.plus(EGV_INTERVAL.multipliedBy(count)));
    }

    /** The glucose readings the receiver holds (special values and display-only duplicates excluded). */
    public synchronized List<GlucoseTrace.Point> readings() {
        return List.copyOf(readings);
    }

    /** The EGV record times that are real readings, in UTC. */
    public synchronized List<Instant> readingTimes() {
        return readings.stream().map(GlucoseTrace.Point::at).toList();
    }

    private synchronized void appendUntil(Instant end) {
        EgvLayout model = config.model();
        for (GlucoseTrace.Point point : trace.between(nextReading, end, EGV_INTERVAL)) {
            long system = clock.toSystemSeconds(point.at());
            long display = system + device.zone().getRules().getOffset(point.at()).getTotalSeconds();
            Optional<EgvSpecialValue> special = specialValueAt(point.at());
            if (special.isPresent()) {
                database.append(RecordType.EGV_DATA, model.encode(new EgvRecord(system, display,
                        special.get().code(), 0)));
                previousValue = -1;
                continue;
            }
            int trendCode = previousValue < 0 ? EgvRecord.trendCode(GlucoseTrend.NOT_COMPUTABLE)
                    : EgvRecord.trendCode(GlucoseTrend.fromRate((point.mgDl() - previousValue) / 5.0));
            if (random.nextInt(200) == 0) {
                database.append(RecordType.EGV_DATA, model.encode(new EgvRecord(system, display,
                        point.mgDl() | 0x8000, trendCode)));
            }
            database.append(RecordType.EGV_DATA, model.encode(new EgvRecord(system, display, point.mgDl(), trendCode)));
            readings.add(point);
            previousValue = point.mgDl();
            if (Duration.between(firstReading, point.at()).getSeconds() % CALIBRATION_INTERVAL.getSeconds() == 9000) {
                int meter = Math.max(40, point.mgDl() + random.nextInt(21) - 10);
                int meterLength = model == EgvLayout.G4 ? MeterRecord.G4_LENGTH : MeterRecord.G5_LENGTH;
                database.append(RecordType.METER_DATA, new MeterRecord(system, display, meter, system)
                        .encode(meterLength));
            }
        }
        nextReading = end;
    }

    private Optional<EgvSpecialValue> specialValueAt(Instant at) {
        long index = Duration.between(firstReading, at).dividedBy(EGV_INTERVAL);
        long perSession = SENSOR_SESSION.dividedBy(EGV_INTERVAL);
        if (index % perSession < WARM_UP_RECORDS) {
            return Optional.of(index % perSession < WARM_UP_RECORDS / 2 ? EgvSpecialValue.SENSOR_NOT_ACTIVE
                    : EgvSpecialValue.SENSOR_NOT_CALIBRATED);
        }
        int draw = random.nextInt(1000);
        if (draw < 2) {
            return Optional.of(EgvSpecialValue.ABSOLUTE_DEVIATION);
        }
        return draw < 3 ? Optional.of(EgvSpecialValue.COUNTS_DEVIATION) : Optional.empty();
    }

    /** The reply packet to one request packet; damaged requests get a NAK, unknown commands INVALID_COMMAND. */
    public byte[] respond(byte[] request) {
        DexcomFrame frame;
        try {
            frame = DexcomFrameCodec.decode(request);
        } catch (ProtocolException e) {
            return reply(DexcomCommand.NAK, new byte[0]);
        }
        try {
            return DexcomCommand.fromCode(frame.command()).map(command -> answer(command, frame.payload()))
                    .orElseGet(() -> reply(DexcomCommand.INVALID_COMMAND, new byte[0]));
        } catch (IllegalArgumentException e) {
            return reply(DexcomCommand.INVALID_PARAM, new byte[0]);
        }
    }

    private byte[] answer(DexcomCommand command, byte[] payload) {
        switch (command) {
            case PING:
                return ack(new byte[0]);
            case READ_FIRMWARE_HEADER:
                return ack(firmwareHeader().toXml().getBytes(StandardCharsets.UTF_8));
            case READ_DATABASE_PARTITION_INFO:
                return ack(database.partitionInfo().toXml().getBytes(StandardCharsets.UTF_8));
            case READ_DATABASE_PAGE_RANGE:
                return ack(pageRange(payload).encode());
            case READ_DATABASE_PAGES:
                return ack(pages(payload));
            case READ_SYSTEM_TIME:
                return ack(DexcomProtocol.u32Payload(clock.toSystemSeconds(device.clock().instant())));
            case READ_DISPLAY_TIME_OFFSET:
                return ack(DexcomProtocol.u32Payload(
                        device.zone().getRules().getOffset(device.clock().instant()).getTotalSeconds()));
            default:
                return reply(DexcomCommand.INVALID_COMMAND, new byte[0]);
        }
    }

    private FirmwareHeader firmwareHeader() {
        switch (config.model()) {
            case G5:
                return new FirmwareHeader("G5MobileReceiver", "Dexcom G5 Mobile Receiver", "SW10751", "5.0.2.043");
            case G6:
                return new FirmwareHeader("G6Receiver", "Dexcom G6 Receiver", "SW11163", "6.0.1.015");
            default:
                return new FirmwareHeader("G4Receiver", "Dexcom G4 Receiver", "SW10050", "4.0.1.048");
        }
    }

    private PageRange pageRange(byte[] payload) {
        if (payload.length != 1) {
            throw new IllegalArgumentException("page range request needs one byte");
        }
        try {
            return database.range(DexcomProtocol.recordType(payload[0]));
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private byte[] pages(byte[] payload) {
        DexcomProtocol.PagesRequest request;
        try {
            request = DexcomProtocol.PagesRequest.parse(payload);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < request.count(); i++) {
            out.writeBytes(database.page(request.type(), request.firstPage() + i)
                    .orElseThrow(() -> new IllegalArgumentException("no such page")));
        }
        return out.toByteArray();
    }

    private static byte[] ack(byte[] payload) {
        return reply(DexcomCommand.ACK, payload);
    }

    private static byte[] reply(DexcomCommand command, byte[] payload) {
        return DexcomFrameCodec.encode(DexcomFrame.of(command, payload));
    }
}
