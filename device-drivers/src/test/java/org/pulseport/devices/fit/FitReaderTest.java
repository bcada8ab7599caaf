package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Decoder behaviour on small files built for one protocol feature each. */
class FitReaderTest {

    private final FitProfile profile = FitProfile.standard();

    @Test
    void bigEndianRecordsDecodeLikeLittleEndianOnes() {
        for (boolean bigEndian : new boolean[] {false, true}) {
            byte[] file = new FitWriter(bigEndian).write(FitMessageBuilder.of(profile, "record")
                    .raw("timestamp", 1_000_000_000L).raw("position_lat", -123_456_789L)
                    .value("altitude", 250.4).value("speed", 7.25).raw("heart_rate", 151)).toBytes();

            FitMessage record = single(file);

            assertThat(record.raw("timestamp")).hasValue(1_000_000_000L);
            assertThat(record.raw("position_lat")).hasValue(-123_456_789L);
            assertThat(record.value("altitude").getAsDouble()).isCloseTo(250.4, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(record.value("speed")).hasValue(7.25);
            assertThat(record.value("enhanced_speed")).hasValue(7.25);
            assertThat(record.value("heart_rate")).hasValue(151);
        }
    }

    @Test
    void invalidSentinelsReadAsMissing() {
        byte[] file = FitWriter.littleEndian().write(FitMessageBuilder.of(profile, "record")
                .raw("heart_rate", 0xFF).raw("position_lat", 0x7FFFFFFFL).raw("power", 0xFFFF)
                .raw("temperature", 0x7F).raw("distance", 0xFFFFFFFFL)).toBytes();

        FitMessage record = single(file);

        assertThat(record.fields()).hasSize(5);
        assertThat(record.fields()).noneMatch(FitField::isValid);
        assertThat(record.value("heart_rate")).isEmpty();
        assertThat(record.raw("position_lat")).isEmpty();
    }

    @Test
    void zeroIsTheInvalidValueOfZTypes() {
        byte[] file = FitWriter.littleEndian().write(FitMessageBuilder.of(profile, "file_id")
                .raw("type", 4).raw("serial_number", 0)).toBytes();

        assertThat(single(file).raw("serial_number")).isEmpty();
    }

    @Test
    void compressedTimestampHeadersAddTheirTimestampAcrossRollOver() {
        FitWriter writer = FitWriter.littleEndian()
                .write(FitMessageBuilder.of(profile, "record").raw("timestamp", 1_000_000_030L).raw("heart_rate", 100));
        writer.writeRecord(new byte[] {0x41, 0, 0, 20, 0, 1, 3, 1, 2});
        writer.writeRecord(new byte[] {(byte) (0x80 | 0x20 | 31), 101});
        writer.writeRecord(new byte[] {(byte) (0x80 | 0x20 | 2), 102});
        writer.writeRecord(new byte[] {(byte) (0x80 | 0x20 | 5), 103});

        List<FitMessage> records = decoded(writer.toBytes());

        assertThat(records).extracting(m -> m.raw("timestamp").orElseThrow())
                .containsExactly(1_000_000_030L, 1_000_000_031L, 1_000_000_034L, 1_000_000_037L);
        assertThat(records.get(2).field("timestamp").orElseThrow().origin()).isEqualTo(FieldOrigin.TIMESTAMP_HEADER);
        assertThat(records.get(3).value("heart_rate")).hasValue(103);
    }

    @Test
    void developerFieldsUseTheirFieldDescription() {
        FitWriter writer = FitWriter.littleEndian()
                .write(FitMessageBuilder.of(profile, "developer_data_id").raw("developer_data_index", 0))
                .write(FitMessageBuilder.of(profile, "field_description").raw("developer_data_index", 0)
                        .raw("field_definition_number", 7).raw("fit_base_type_id", FitBaseType.UINT16.id())
                        .text("field_name", "leg_power").text("units", "W").raw("scale", 10).raw("offset", 0));
        writer.writeRecord(new byte[] {0x60 | 5, 0, 0, 20, 0, 1, 3, 1, 2, 2, 7, 2, 0, 9, 2, 0});
        writer.writeRecord(new byte[] {5, (byte) 140, 0x39, 0x30, (byte) 0xFF, (byte) 0xFF});

        FitMessage record = decoded(writer.toBytes()).get(0);

        FitField legPower = record.developerField("leg_power").orElseThrow().field();
        assertThat(legPower.units()).isEqualTo("W");
        assertThat(legPower.doubleValue()).hasValue(1234.5);
        FitField undescribed = record.developerFields().get(1).field();
        assertThat(undescribed.name()).isEqualTo("developer_0_9");
        assertThat(undescribed.value()).isEqualTo(new FieldValue.Bytes(new byte[] {(byte) 0xFF, (byte) 0xFF}));
    }

    @Test
    void unknownMessagesAndFieldsAreKeptRaw() {
        FitWriter writer = FitWriter.littleEndian();
        writer.writeRecord(new byte[] {0x40, 0, 0, (byte) 0xE8, 0x03, 2, (byte) 200, 2, (byte) 0x84, 3, 1, 2});
        writer.writeRecord(new byte[] {0, 0x34, 0x12, 9});

        FitMessage message = single(writer.toBytes());

        assertThat(message.globalNumber()).isEqualTo(1000);
        assertThat(message.name()).isEqualTo("unknown_1000");
        assertThat(message.field(200).orElseThrow().name()).isEqualTo("unknown_200");
        assertThat(message.field(200).orElseThrow().rawValue()).hasValue(0x1234);
        assertThat(message.field(3).orElseThrow().rawValue()).hasValue(9);
    }

    @Test
    void fieldSizeThatIsNoMultipleOfItsBaseTypeIsKeptAsBytes() {
        FitWriter writer = FitWriter.littleEndian();
        writer.writeRecord(new byte[] {0x40, 0, 0, 20, 0, 2, 6, 3, (byte) 0x84, 3, 1, 2});
        writer.writeRecord(new byte[] {0, 1, 2, 3, 77});

        FitMessage record = single(writer.toBytes());

        assertThat(record.field("speed").orElseThrow().value()).isEqualTo(new FieldValue.Bytes(new byte[] {1, 2, 3}));
        assertThat(record.value("speed")).isEmpty();
        assertThat(record.value("heart_rate")).hasValue(77);
    }

    @Test
    void dataBeforeItsDefinitionIsMalformedAtItsOffset() {
        byte[] file = FitWriter.littleEndian().writeRecord(new byte[] {3, 1, 2}).toBytes();

        FitDecodeResult result = FitDecoder.standard().decode(file);

        assertThat(result).isInstanceOf(FitDecodeResult.Failed.class);
        FitError error = ((FitDecodeResult.Failed) result).error();
        assertThat(error).isInstanceOf(FitError.MalformedData.class);
        assertThat(error.offset()).isEqualTo(14);
    }

    @Test
    void headerErrorsAreReportedNotThrown() {
        assertThat(errorOf(new byte[0])).isInstanceOf(FitError.UnexpectedEof.class);
        assertThat(errorOf(new byte[] {5, 1, 2})).isInstanceOf(FitError.HeaderError.class);
        assertThat(errorOf(new byte[] {14, 0x20, 0, 0, 0, 0, 0, 0, 'N', 'O', 'P', 'E', 0, 0}))
                .isInstanceOf(FitError.HeaderError.class);
        byte[] badHeaderCrc = FitWriter.littleEndian().toBytes();
        badHeaderCrc[12] ^= 0x55;
        assertThat(errorOf(badHeaderCrc)).isInstanceOf(FitError.CrcError.class);
    }

    @Test
    void headerWithoutDataSizeIsReadToTheEndOnlyWithCrcCheckingOff() {
        byte[] complete = FitWriter.littleEndian().write(FitMessageBuilder.of(profile, "record").raw("heart_rate", 90)).toBytes();
        byte[] unterminated = java.util.Arrays.copyOf(complete, complete.length - 2);
        for (int i = 4; i < 8; i++) {
            unterminated[i] = 0;
        }
        int headerCrc = FitCrc.of(unterminated, 0, 12);
        unterminated[12] = (byte) headerCrc;
        unterminated[13] = (byte) (headerCrc >> 8);

        assertThat(errorOf(unterminated)).isInstanceOf(FitError.HeaderError.class);
        FitDecodeResult lenient = new FitDecoder(FitDecodeOptions.defaults().withCrcCheck(false)).decode(unterminated);
        assertThat(lenient).isInstanceOf(FitDecodeResult.Decoded.class);
        assertThat(lenient.messages()).singleElement().satisfies(m -> assertThat(m.value("heart_rate")).hasValue(90));
        assertThat(lenient.warnings()).isNotEmpty();
    }

    @Test
    void readerEmitsEventsLazilyAndEndsEachChainedFile() throws Exception {
        byte[] one = FitWriter.littleEndian().write(FitMessageBuilder.of(profile, "file_id").raw("type", 4)).toBytes();
        ByteArrayOutputStream chained = new ByteArrayOutputStream();
        chained.writeBytes(one);
        chained.writeBytes(one);

        try (FitReader reader = FitDecoder.standard().reader(new ByteArrayInputStream(chained.toByteArray()))) {
            List<FitEvent> events = reader.events().collect(Collectors.toList());

            assertThat(events).extracting(Object::getClass).containsExactly(FitFileHeader.class, FitMessage.class,
                    FitFileEnd.class, FitFileHeader.class, FitMessage.class, FitFileEnd.class);
            assertThat(events.get(2)).isInstanceOfSatisfying(FitFileEnd.class, end -> {
                assertThat(end.crcMatches()).isTrue();
                assertThat(end.crcChecked()).isTrue();
                assertThat(end.offset()).isEqualTo(one.length - 2);
            });
            assertThat(((FitFileHeader) events.get(3)).offset()).isEqualTo(one.length);
        }
    }

    @Test
    void readerPullsInputOnlyAsEventsAreConsumed() throws Exception {
        byte[] activity = java.nio.file.Files.readAllBytes(FitFixtures.file("Activity.fit"));
        long[] consumed = new long[1];
        int copies = 2_000;
        java.io.InputStream chained = new java.io.InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= (long) copies * activity.length) {
                    return -1;
                }
                consumed[0]++;
                return activity[(int) (position++ % activity.length)] & 0xFF;
            }
        };

        try (FitReader reader = FitDecoder.standard().reader(chained)) {
            for (int i = 0; i < 10; i++) {
                reader.next();
            }
            assertThat(consumed[0]).isLessThanOrEqualTo(1 << 16);

            long messages = reader.events().filter(e -> e instanceof FitMessage).count();

            assertThat(messages).isEqualTo(22L * copies - 9);
            assertThat(consumed[0]).isEqualTo((long) copies * activity.length);
        }
    }

    private FitMessage single(byte[] file) {
        List<FitMessage> messages = decoded(file);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<FitMessage> decoded(byte[] file) {
        FitDecodeResult result = FitDecoder.standard().decode(file);
        assertThat(result).isInstanceOf(FitDecodeResult.Decoded.class);
        return result.messages().stream().filter(m -> !m.name().startsWith("developer_data_id")
                && !m.name().equals("field_description")).collect(Collectors.toList());
    }

    private static FitError errorOf(byte[] bytes) {
        FitDecodeResult result = FitDecoder.standard().decode(bytes);
        assertThat(result).isInstanceOf(FitDecodeResult.Failed.class);
        return ((FitDecodeResult.Failed) result).error();
    }
}
