package org.pulseport.devices.libre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseport.devices.download.ProtocolException;

class LibreProtocolTest {

    @Test
    void framesMessagesIntoSixtyFourByteReportsAndIgnoresTrailingGarbage() throws ProtocolException {
        LibreHidMessage message = new LibreHidMessage(LibreHidFraming.TEXT, "$sn?\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] report = LibreHidFraming.encode(message);
        assertThat(report).hasSize(64);
        assertThat(report[0]).isEqualTo((byte) 0x60);
        assertThat(report[1]).isEqualTo((byte) 6);
        Arrays.fill(report, 8, 64, (byte) 0x55);
        assertThat(LibreHidFraming.decode(report, 64)).isEqualTo(message);
        assertThat(LibreHidFraming.decode(new byte[] {0x71, 1, 1}, 3)).isEqualTo(new LibreHidMessage(0x71, new byte[] {1}));
    }

    @Test
    void rejectsReportsWhoseLengthDoesNotFit() {
        assertThatThrownBy(() -> LibreHidFraming.decode(new byte[] {0x60}, 1)).hasMessageContaining("too short");
        assertThatThrownBy(() -> LibreHidFraming.decode(new byte[] {0x60, 63, 0}, 3)).hasMessageContaining("declares");
        assertThatThrownBy(() -> LibreHidFraming.decode(new byte[] {0x60, 5, 0}, 3)).hasMessageContaining("declares");
        assertThatThrownBy(() -> new LibreHidMessage(0x60, new byte[63])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LibreHidMessage(256, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifiesTheTextReplyChecksum() throws ProtocolException {
        String reply = LibreTextReply.format("JCMV241-T1234\r\n");
        assertThat(reply).isEqualTo("JCMV241-T1234\r\nCKSM:00000329\r\nCMD OK\r\n");
        assertThat(LibreTextReply.isComplete(reply)).isTrue();
        assertThat(LibreTextReply.isComplete(reply.substring(0, reply.length() - 1))).isFalse();
        assertThat(LibreTextReply.parse(reply, "$sn?")).isEqualTo("JCMV241-T1234\r\n");
        assertThatThrownBy(() -> LibreTextReply.parse("K" + reply.substring(1), "$sn?"))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.CORRUPT))
                .hasMessageContaining("checksum");
        assertThatThrownBy(() -> LibreTextReply.parse("CKSM:00000000\r\nCMD Fail!\r\n", "$xyz?"))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.REJECTED));
        assertThatThrownBy(() -> LibreTextReply.parse("x\r\nCKSM:0000zz00\r\nCMD OK\r\n", "$sn?"))
                .hasMessageContaining("hex");
        assertThatThrownBy(() -> LibreTextReply.parse("CMD OK\r\n", "$sn?")).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> LibreTextReply.parse("abcdefghijklmnopqrstCMD OK\r\n", "$sn?"))
                .hasMessageContaining("checksum line");
    }

    @Test
    void parsesMultiRecordRepliesWithCountAndChecksum() throws ProtocolException {
        String message = LibreMultiRecord.format(List.of("1,3,a", "2,3,b"));
        assertThat(LibreMultiRecord.parse(message)).containsExactly(List.of("1", "3", "a"), List.of("2", "3", "b"));
        assertThat(LibreMultiRecord.parse("Log Empty\r\n")).isEmpty();
        assertThat(LibreMultiRecord.format(List.of())).isEqualTo("Log Empty\r\n");
        assertThatThrownBy(() -> LibreMultiRecord.parse(message.replace("2,3,b", "2,3,c")))
                .hasMessageContaining("checksum");
        String wrongCount = "1,3,a\r\n" + String.format("2,%08X\r\n", LibreTextReply.checksum("1,3,a\r\n"));
        assertThatThrownBy(() -> LibreMultiRecord.parse(wrongCount)).hasMessageContaining("announces 2");
        assertThatThrownBy(() -> LibreMultiRecord.parse("1,3,a")).hasMessageContaining("CRLF");
        assertThatThrownBy(() -> LibreMultiRecord.parse("\r\n")).hasMessageContaining("trailer");
        assertThatThrownBy(() -> LibreMultiRecord.parse("a\r\nnope\r\n")).hasMessageContaining("trailer");
    }

    @Test
    void readsHistoricRecordsAndFlagsSensorsThatAreNotReady() throws ProtocolException {
        LibreRecordParser.Parsed reading = LibreRecordParser.history(
                List.of("37", "3", "2", "28", "24", "23", "45", "10", "1", "0", "0", "0", "117", "720", "0"));
        assertThat(reading).isEqualTo(new LibreRecordParser.Parsed.Reading(new LibreReading(
                LibreReading.Kind.HISTORIC, 37, LocalDateTime.of(2024, 2, 28, 23, 45, 10), 117)));
        assertThat(LibreRecordParser.history(
                List.of("38", "3", "2", "28", "24", "23", "45", "10", "1", "0", "0", "0", "0", "0", "32768")))
                .isEqualTo(new LibreRecordParser.Parsed.NotAReading("sensor not ready"));
        assertThatThrownBy(() -> LibreRecordParser.history(List.of("1", "3")))
                .hasMessageContaining("2 fields");
        assertThatThrownBy(() -> LibreRecordParser.history(
                List.of("39", "3", "2", "30", "24", "23", "45", "10", "1", "0", "0", "0", "117", "720", "0")))
                .hasMessageContaining("invalid date");
        assertThatThrownBy(() -> LibreRecordParser.history(
                List.of("40", "3", "2", "28", "24", "23", "45", "10", "1", "0", "0", "0", "-5", "720", "0")))
                .hasMessageContaining("field 12 of record 40");
    }

    @Test
    void readsScansAndSkipsStripResultsAndEvents() throws ProtocolException {
        List<String> scan = List.of("50", "2", "7", "4", "25", "8", "1", "0", "1", "2", "0", "0", "98");
        assertThat(LibreRecordParser.result(scan)).isEqualTo(new LibreRecordParser.Parsed.Reading(
                new LibreReading(LibreReading.Kind.SCAN, 50, LocalDateTime.of(2025, 7, 4, 8, 1), 98)));
        List<String> strip = List.of("51", "2", "7", "4", "25", "8", "1", "0", "1", "0", "0", "0", "110");
        assertThat(LibreRecordParser.result(strip)).isEqualTo(new LibreRecordParser.Parsed.NotAReading("blood glucose strip"));
        List<String> ketone = List.of("52", "2", "7", "4", "25", "8", "1", "0", "1", "1", "0", "0", "3");
        assertThat(LibreRecordParser.result(ketone)).isEqualTo(new LibreRecordParser.Parsed.NotAReading("ketone strip"));
        assertThat(LibreRecordParser.result(List.of("53", "5", "1"))).isEqualTo(
                new LibreRecordParser.Parsed.NotAReading("reader event"));
        assertThatThrownBy(() -> LibreRecordParser.result(List.of("54", "2", "7"))).hasMessageContaining("13");
    }

    @Test
    void readsTheReaderClockAndMeasuresItsOffsetInWholeMinutes() throws ProtocolException {
        LocalDateTime reader = ReaderClock.parse("7,10,25\r\n", "14,42\r\n");
        assertThat(reader).isEqualTo(LocalDateTime.of(2025, 7, 10, 14, 42));
        ZoneId zone = ZoneId.of("America/New_York");
        ReaderClock clock = ReaderClock.measure(reader, Instant.parse("2025-07-10T18:20:20Z"), zone);
        assertThat(clock.offset()).isEqualTo(Duration.ofMinutes(22));
        assertThat(clock.toUtc(LocalDateTime.of(2025, 7, 10, 14, 22))).isEqualTo(Instant.parse("2025-07-10T18:00:00Z"));
        assertThat(clock.utcOffset(Instant.parse("2025-01-10T18:00:00Z")).getTotalSeconds()).isEqualTo(-5 * 3600);
        assertThatThrownBy(() -> ReaderClock.parse("255,255,255\r\n", "255,255\r\n"))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.REJECTED));
        assertThatThrownBy(() -> ReaderClock.parse("13,40,25", "10,10")).hasMessageContaining("invalid");
        assertThatThrownBy(() -> ReaderClock.parse("7-10-25", "10:10")).hasMessageContaining("not 'M,D,YY'");
    }
}
