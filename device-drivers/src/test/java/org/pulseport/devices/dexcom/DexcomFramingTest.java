package org.pulseport.devices.dexcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.pulseport.devices.download.ProtocolException;

class DexcomFramingTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void crcIsTheCcittXmodemVariant() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16.of(check, 0, check.length)).isEqualTo(0x31C3);
        assertThat(Crc16.of(new byte[0], 0, 0)).isZero();
    }

    @Test
    void encodesAPingAsSohLengthCommandAndCrc() {
        byte[] ping = DexcomProtocol.request(DexcomCommand.PING);
        assertThat(HEX.formatHex(ping, 0, 4)).isEqualTo("0106000a");
        assertThat(ping).hasSize(6);
        assertThat(LittleEndian.u16(ping, 4)).isEqualTo(Crc16.of(ping, 0, 4));
    }

    @Test
    void encodesPageRequestsWithTypeFirstPageAndCount() throws ProtocolException {
        byte[] frame = DexcomProtocol.readPages(RecordType.EGV_DATA, 0x01020304L, 4);
        DexcomFrame decoded = DexcomFrameCodec.decode(frame);
        assertThat(decoded.command()).isEqualTo(DexcomCommand.READ_DATABASE_PAGES.code());
        assertThat(HEX.formatHex(decoded.payload())).isEqualTo("040403020104");
        assertThat(DexcomProtocol.PagesRequest.parse(decoded.payload()))
                .isEqualTo(new DexcomProtocol.PagesRequest(RecordType.EGV_DATA, 0x01020304L, 4));
        assertThat(DexcomFrameCodec.decode(DexcomProtocol.readPageRange(RecordType.METER_DATA)).payload())
                .containsExactly(10);
        assertThatThrownBy(() -> DexcomProtocol.readPages(RecordType.EGV_DATA, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsFramesOfEverySize() throws ProtocolException {
        for (int length : new int[] {0, 1, 500, 2112, DexcomFrameCodec.MAX_PAYLOAD_LENGTH}) {
            byte[] payload = new byte[length];
            for (int i = 0; i < length; i++) {
                payload[i] = (byte) (i * 7);
            }
            DexcomFrame frame = new DexcomFrame(DexcomCommand.ACK.code(), payload);
            assertThat(DexcomFrameCodec.decode(DexcomFrameCodec.encode(frame))).isEqualTo(frame);
        }
        assertThatThrownBy(() -> DexcomFrameCodec.encode(new DexcomFrame(1,
                new byte[DexcomFrameCodec.MAX_PAYLOAD_LENGTH + 1]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDamagedFramesWithTheOffendingOffset() {
        byte[] good = DexcomFrameCodec.encode(DexcomFrame.of(DexcomCommand.ACK, (byte) 1, (byte) 2, (byte) 3));
        byte[] badSoh = good.clone();
        badSoh[0] = 0x02;
        assertCorrupt(badSoh, 0, "SOH");
        byte[] badCrc = good.clone();
        badCrc[5] ^= 1;
        assertCorrupt(badCrc, good.length - 2, "CRC");
        byte[] shortLength = good.clone();
        shortLength[1] = 5;
        assertCorrupt(shortLength, 1, "below minimum");
        assertCorrupt(java.util.Arrays.copyOf(good, good.length - 1), 1, "declares");
        assertThatThrownBy(() -> DexcomFrameCodec.frameLength(new byte[] {1, 6}))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("truncated");
    }

    private static void assertCorrupt(byte[] frame, long offset, String message) {
        assertThatThrownBy(() -> DexcomFrameCodec.decode(frame)).isInstanceOfSatisfying(ProtocolException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProtocolException.Kind.CORRUPT);
            assertThat(e.offset()).isEqualTo(offset);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void classifiesRepliesOtherThanAck() throws ProtocolException {
        assertThat(DexcomProtocol.expectAck(DexcomFrame.of(DexcomCommand.ACK, (byte) 9), "PING")).containsExactly(9);
        for (DexcomCommand refusal : new DexcomCommand[] {DexcomCommand.NAK, DexcomCommand.INVALID_COMMAND,
            DexcomCommand.INVALID_PARAM, DexcomCommand.INCOMPLETE_PACKET_RECEIVED, DexcomCommand.RECEIVER_ERROR,
            DexcomCommand.INVALID_MODE}) {
            assertThatThrownBy(() -> DexcomProtocol.expectAck(DexcomFrame.of(refusal), "PING"))
                    .isInstanceOfSatisfying(ProtocolException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.REJECTED))
                    .hasMessageContaining(refusal.name());
        }
        assertThatThrownBy(() -> DexcomProtocol.expectAck(new DexcomFrame(0x99, new byte[0]), "PING"))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.CORRUPT));
    }

    @Test
    void decodesFixedSizeIntegerReplies() throws ProtocolException {
        assertThat(DexcomProtocol.u32(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
                .isEqualTo(0xFFFF_FFFFL);
        assertThat(DexcomProtocol.i32(new byte[] {(byte) 0xB0, (byte) 0xB9, (byte) 0xFF, (byte) 0xFF}))
                .isEqualTo(-18_000);
        assertThatThrownBy(() -> DexcomProtocol.u32(new byte[3])).isInstanceOf(ProtocolException.class);
    }

    @Test
    void pageRangesAreEmptyOrOrdered() throws ProtocolException {
        assertThat(PageRange.parse(new PageRange(3, 9).encode())).isEqualTo(new PageRange(3, 9));
        assertThat(PageRange.parse(PageRange.EMPTY.encode()).isEmpty()).isTrue();
        assertThat(PageRange.EMPTY.pageCount()).isZero();
        assertThat(new PageRange(3, 9).pageCount()).isEqualTo(7);
        assertThatThrownBy(() -> PageRange.parse(new PageRange(9, 3).encode())).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> PageRange.parse(new PageRange(1, PageRange.NO_PAGE).encode()))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> PageRange.parse(new byte[7])).isInstanceOf(ProtocolException.class);
    }

    @Test
    void namesFramesReadably() {
        assertThat(DexcomFrame.of(DexcomCommand.PING)).hasToString("DexcomFrame[PING, 0 bytes ]");
        assertThat(new DexcomFrame(0x99, new byte[20]).toString()).contains("0x99").contains("...");
        assertThat(DexcomCommand.fromCode(200)).isEmpty();
        assertThat(RecordType.fromId(13)).isEmpty();
    }
}
