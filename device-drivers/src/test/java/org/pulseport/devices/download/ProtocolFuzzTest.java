package org.pulseport.devices.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseport.devices.dexcom.DatabasePage;
import org.pulseport.devices.dexcom.DexcomCommand;
import org.pulseport.devices.dexcom.DexcomFrame;
import org.pulseport.devices.dexcom.DexcomFrameCodec;
import org.pulseport.devices.dexcom.DexcomProtocol;
import org.pulseport.devices.dexcom.DexcomReceiver;
import org.pulseport.devices.dexcom.EgvLayout;
import org.pulseport.devices.dexcom.EgvRecord;
import org.pulseport.devices.dexcom.FirmwareHeader;
import org.pulseport.devices.dexcom.ManufacturingData;
import org.pulseport.devices.dexcom.MeterRecord;
import org.pulseport.devices.dexcom.PageRange;
import org.pulseport.devices.dexcom.PartitionInfo;
import org.pulseport.devices.dexcom.RecordType;
import org.pulseport.devices.libre.LibreHidFraming;
import org.pulseport.devices.libre.LibreHidMessage;
import org.pulseport.devices.libre.LibreMultiRecord;
import org.pulseport.devices.libre.LibreReader;
import org.pulseport.devices.libre.LibreRecordParser;
import org.pulseport.devices.libre.LibreTextReply;
import org.pulseport.devices.libre.ReaderClock;
import org.pulseport.devices.sim.DexcomReceiverSimulator;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.SimulatedDevice;
import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportError;
import org.pulseport.devices.transport.TransportException;

/**
 * Random, truncated and corrupted input into every protocol parser, 100,000 cases each: the only failure that
 * may come out is {@link ProtocolException} (or {@link DeviceException} from the bindings), never another type.
 */
class ProtocolFuzzTest {

    private static final int CASES = 100_000;
    private static final int BINDING_CASES = 20_000;
    private static final HexFormat HEX = HexFormat.of();

    /** A parser under test. */
    @FunctionalInterface
    interface Parser {
        void parse(byte[] input) throws ProtocolException;
    }

    static Stream<Arguments> parsers() {
        return Stream.of(
                arguments("Dexcom frame and reply payloads", ProtocolFuzzTest::dexcomReply, dexcomFrames()),
                arguments("Dexcom database pages and records", ProtocolFuzzTest::dexcomPages, dexcomPages()),
                arguments("Libre HID report", input -> LibreHidFraming.decode(input, Math.min(input.length, 64)),
                        libreReports()),
                arguments("Libre text reply, record list and records", ProtocolFuzzTest::libreReply, libreReplies()),
                arguments("Libre reader clock", ProtocolFuzzTest::libreClock,
                        List.of("7,10,25\r\n|14,42\r\n".getBytes(StandardCharsets.US_ASCII))));
    }

    private static Arguments arguments(String name, Parser parser, List<byte[]> corpus) {
        return Arguments.of(Named.of(name, parser), corpus);
    }

    @ParameterizedTest
    @MethodSource("parsers")
    void onlyProtocolExceptionsComeOut(Parser parser, List<byte[]> corpus) {
        Random random = new Random(corpus.size() * 31L + CASES);
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = mutate(random, corpus, i);
            try {
                parser.parse(input);
                accepted++;
            } catch (ProtocolException expected) {
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + i + " threw " + e + " for input " + HEX.formatHex(input), e);
            }
        }
        assertThat(accepted).isPositive();
        assertThat(rejected).isPositive();
    }

    @Test
    void theReceiverSimulatorAnswersAnyInputWithAFrame() throws ProtocolException {
        DexcomReceiverSimulator simulator = new DexcomReceiverSimulator(DexcomSimulatorConfig.of(SimulatedDevice.dexcomReceiver()
                .withDays(1).withClock(Clock.fixed(Instant.parse("2025-02-01T00:00:00Z"), ZoneOffset.UTC),
                        ZoneOffset.UTC)));
        Random random = new Random(5);
        List<byte[]> corpus = dexcomRequests();
        for (int i = 0; i < CASES; i++) {
            byte[] reply = simulator.respond(mutate(random, corpus, i));
            assertThat(DexcomFrameCodec.decode(reply).command()).isLessThan(8);
        }
    }

    @Test
    void theDexcomBindingTurnsGarbageFromTheLineIntoClassifiedErrors() {
        Random random = new Random(11);
        List<byte[]> corpus = dexcomFrames();
        for (int i = 0; i < BINDING_CASES; i++) {
            byte[] line = mutate(random, corpus, i);
            DexcomReceiver receiver = new DexcomReceiver(new ScriptedTransport(line, random.nextInt(8) + 1),
                    Duration.ofMillis(1));
            try {
                receiver.pageRange(RecordType.EGV_DATA);
            } catch (DeviceException expected) {
                assertThat(expected.error()).isNotNull();
            } catch (RuntimeException e) {
                fail("case " + i + " threw " + e + " for line " + HEX.formatHex(line), e);
            }
        }
    }

    @Test
    void theLibreBindingTurnsGarbageReportsIntoClassifiedErrors() {
        Random random = new Random(13);
        List<byte[]> corpus = libreReports();
        for (int i = 0; i < BINDING_CASES; i++) {
            byte[] line = mutate(random, corpus, i);
            LibreReader reader = new LibreReader(new ScriptedTransport(line, 64), Duration.ofMillis(1));
            try {
                reader.text("$sn?");
            } catch (DeviceException expected) {
                assertThat(expected.error()).isNotNull();
            } catch (RuntimeException e) {
                fail("case " + i + " threw " + e + " for line " + HEX.formatHex(line), e);
            }
        }
    }

    private static void dexcomReply(byte[] input) throws ProtocolException {
        DexcomFrame frame = DexcomFrameCodec.decode(input);
        byte[] payload = DexcomProtocol.expectAck(frame, "fuzz");
        switch (payload.length % 5) {
            case 0: PageRange.parse(payload); break;
            case 1: FirmwareHeader.parse(payload); break;
            case 2: PartitionInfo.parse(payload); break;
            case 3: DexcomProtocol.u32(payload); break;
            default: DexcomProtocol.PagesRequest.parse(payload); break;
        }
    }

    private static void dexcomPages(byte[] input) throws ProtocolException {
        DatabasePage first = DatabasePage.parse(input, 0);
        int count = Math.max(1, input.length / DatabasePage.PAGE_LENGTH);
        for (DatabasePage page : DatabasePage.parseAll(input, first.recordType(), first.pageNumber(), count)) {
            if (page.recordType() == RecordType.MANUFACTURING_DATA) {
                ManufacturingData.decode(page.record(0, ManufacturingData.RECORD_LENGTH));
            } else if (page.recordType() == RecordType.METER_DATA) {
                int length = MeterRecord.recordLength(page.revision()).orElse(MeterRecord.G4_LENGTH);
                for (int i = 0; i < page.recordCount(); i++) {
                    MeterRecord.decode(page.record(i, length));
                }
            } else {
                EgvLayout layout = EgvLayout.forRevision(page.revision()).orElse(EgvLayout.G4);
                for (int i = 0; i < page.recordCount(); i++) {
                    layout.decode(page.record(i, layout.recordLength())).trend();
                }
            }
        }
    }

    private static void libreReply(byte[] input) throws ProtocolException {
        String message = LibreTextReply.parse(new String(input, StandardCharsets.ISO_8859_1), "$history?");
        for (List<String> record : LibreMultiRecord.parse(message)) {
            LibreRecordParser.history(record);
            LibreRecordParser.result(record);
        }
    }

    private static void libreClock(byte[] input) throws ProtocolException {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        int bar = text.indexOf('|');
        ReaderClock.parse(bar < 0 ? text : text.substring(0, bar), bar < 0 ? "" : text.substring(bar + 1));
    }

    private static byte[] mutate(Random random, List<byte[]> corpus, int round) {
        byte[] seed = corpus.get(random.nextInt(corpus.size()));
        switch (round % 5) {
            case 0: {
                byte[] noise = new byte[random.nextInt(seed.length + 64)];
                random.nextBytes(noise);
                return noise;
            }
            case 1:
                return java.util.Arrays.copyOf(seed, random.nextInt(seed.length + 1));
            case 2:
            case 3: {
                byte[] damaged = seed.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0 && damaged.length > 0; flips--) {
                    damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return damaged;
            }
            default:
                return seed.clone();
        }
    }

    private static List<byte[]> dexcomFrames() {
        List<byte[]> frames = new ArrayList<>();
        frames.add(ack(new PageRange(0, 12).encode()));
        frames.add(ack(new FirmwareHeader("G4Receiver", "Dexcom G4 Receiver", "SW10050", "4.0.1.048").toXml()
                .getBytes(StandardCharsets.UTF_8)));
        frames.add(ack(new PartitionInfo(List.of(new PartitionInfo.Partition("EGVData", 4, 2, 13))).toXml()
                .getBytes(StandardCharsets.UTF_8)));
        frames.add(ack(DexcomProtocol.u32Payload(512_000_000L)));
        frames.add(ack(new byte[] {4, 1, 0, 0, 0, 2}));
        frames.add(DexcomFrameCodec.encode(DexcomFrame.of(DexcomCommand.NAK)));
        return frames;
    }

    private static List<byte[]> dexcomRequests() {
        List<byte[]> requests = new ArrayList<>();
        for (DexcomCommand command : DexcomCommand.values()) {
            requests.add(DexcomProtocol.request(command));
        }
        requests.add(DexcomProtocol.readPageRange(RecordType.EGV_DATA));
        requests.add(DexcomProtocol.readPages(RecordType.EGV_DATA, 0, 4));
        requests.add(DexcomProtocol.readPages(RecordType.MANUFACTURING_DATA, 0, 1));
        return requests;
    }

    private static byte[] ack(byte[] payload) {
        return DexcomFrameCodec.encode(DexcomFrame.of(DexcomCommand.ACK, payload));
    }

    private static List<byte[]> dexcomPages() {
        List<byte[]> pages = new ArrayList<>();
        for (EgvLayout layout : EgvLayout.values()) {
            List<byte[]> records = new ArrayList<>();
            for (int i = 0; i < layout.recordsPerPage(); i++) {
                records.add(layout.encode(new EgvRecord(1000 + i * 300L, 4600 + i * 300L, 80 + i, 4)));
            }
            pages.add(page(RecordType.EGV_DATA, layout.revision(), 0, records));
        }
        byte[] second = page(RecordType.EGV_DATA, 2, 1, List.of(EgvLayout.G4.encode(new EgvRecord(1, 2, 3, 4))));
        byte[] batch = java.util.Arrays.copyOf(pages.get(0), 2 * DatabasePage.PAGE_LENGTH);
        System.arraycopy(second, 0, batch, DatabasePage.PAGE_LENGTH, second.length);
        pages.add(batch);
        pages.add(page(RecordType.METER_DATA, 3, 0, List.of(new MeterRecord(1, 2, 120, 1).encode(MeterRecord.G5_LENGTH),
                new MeterRecord(3, 4, 130, 3).encode(MeterRecord.G5_LENGTH))));
        pages.add(page(RecordType.MANUFACTURING_DATA, 1, 0, List.of(new ManufacturingData("SM12345678", "MT1").encode(5))));
        return pages;
    }

    private static byte[] page(RecordType type, int revision, long number, List<byte[]> records) {
        byte[] data = new byte[DatabasePage.DATA_LENGTH];
        int offset = 0;
        for (byte[] record : records) {
            System.arraycopy(record, 0, data, offset, record.length);
            offset += record.length;
        }
        return new DatabasePage(0, records.size(), type, revision, number, data).encode();
    }

    private static List<byte[]> libreReports() {
        List<byte[]> reports = new ArrayList<>();
        String reply = LibreTextReply.format("JCMV241-T1234\r\n");
        reports.add(LibreHidFraming.encode(new LibreHidMessage(LibreHidFraming.TEXT,
                reply.getBytes(StandardCharsets.US_ASCII))));
        reports.add(LibreHidFraming.encode(new LibreHidMessage(LibreHidFraming.KEEP_ALIVE, new byte[] {0})));
        reports.add(LibreHidFraming.encode(new LibreHidMessage(LibreHidFraming.INIT_COMPLETE_REPLY, new byte[] {1})));
        return reports;
    }

    private static List<byte[]> libreReplies() {
        List<String> history = List.of("1,3,2,28,24,23,45,10,1,0,0,0,117,720,0",
                "2,3,2,28,24,23,59,59,1,0,0,0,0,735,32768", "3,2,7,4,25,8,1,0,1,2,0,0,98,0,0,0");
        return List.of(LibreTextReply.format(LibreMultiRecord.format(history)).getBytes(StandardCharsets.ISO_8859_1),
                LibreTextReply.format("Log Empty\r\n").getBytes(StandardCharsets.ISO_8859_1),
                "CKSM:00000000\r\nCMD Fail!\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Delivers a fixed byte sequence in chunks, then times out; accepts every write. */
    private static final class ScriptedTransport implements Transport {
        private final byte[] line;
        private final int chunk;
        private int position;

        ScriptedTransport(byte[] line, int chunk) {
            this.line = line;
            this.chunk = chunk;
        }

        public String description() { return "scripted"; }
        public void open() { }
        public void write(byte[] data) { }
        public void close() { }

        public int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException {
            if (position >= line.length) {
                throw new TransportException(new TransportError.Timeout("scripted", timeout.toMillis()));
            }
            int count = Math.min(Math.min(chunk, length), line.length - position);
            System.arraycopy(line, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
