package org.pulseport.devices.dexcom;

import org.pulseport.devices.download.ProtocolException;

/**
 * Encodes and decodes receiver packets. Pure: bytes in, bytes out.
 *
 * <p>Layout: {@code 0x01}, the total packet length including this header and the CRC as u16 LE, the command
 * byte, the payload, and the CRC-16/CCITT of everything before it as u16 LE.
 */
public final class DexcomFrameCodec {

    public static final int SOH = 0x01;
    /** SOH + length + command. */
    public static final int HEADER_LENGTH = 4;
    public static final int CRC_LENGTH = 2;
    public static final int MIN_FRAME_LENGTH = HEADER_LENGTH + CRC_LENGTH;
    public static final int MAX_FRAME_LENGTH = 0xFFFF;
    public static final int MAX_PAYLOAD_LENGTH = MAX_FRAME_LENGTH - MIN_FRAME_LENGTH;

    private DexcomFrameCodec() {
    }

    public static byte[] encode(DexcomFrame frame) {
        int length = MIN_FRAME_LENGTH + frame.payloadLength();
        if (length > MAX_FRAME_LENGTH) {
            throw new IllegalArgumentException("payload too long: " + frame.payloadLength());
        }
        byte[] bytes = new byte[length];
        bytes[0] = SOH;
        LittleEndian.putU16(bytes, 1, length);
        bytes[3] = (byte) frame.command();
        System.arraycopy(frame.payload(), 0, bytes, HEADER_LENGTH, frame.payloadLength());
        LittleEndian.putU16(bytes, length - CRC_LENGTH, Crc16.of(bytes, 0, length - CRC_LENGTH));
        return bytes;
    }

    /**
     * Reads the total frame length from the first bytes of a frame (at least {@link #HEADER_LENGTH} long), so a
     * stream reader knows how much more to read.
     */
    public static int frameLength(byte[] header) throws ProtocolException {
        if (header.length < HEADER_LENGTH) {
            throw ProtocolException.corrupt("frame header truncated to " + header.length + " bytes", header.length);
        }
        if ((header[0] & 0xFF) != SOH) {
            throw ProtocolException.corrupt(String.format("expected SOH 0x01, got 0x%02x", header[0] & 0xFF), 0);
        }
        int length = LittleEndian.u16(header, 1);
        if (length < MIN_FRAME_LENGTH) {
            throw ProtocolException.corrupt("frame length " + length + " below minimum " + MIN_FRAME_LENGTH, 1);
        }
        return length;
    }

    /** Decodes one complete frame, verifying SOH, length and CRC. */
    public static DexcomFrame decode(byte[] bytes) throws ProtocolException {
        int length = frameLength(bytes);
        if (length != bytes.length) {
            throw ProtocolException.corrupt("frame declares " + length + " bytes but has " + bytes.length, 1);
        }
        int expected = LittleEndian.u16(bytes, length - CRC_LENGTH);
        int actual = Crc16.of(bytes, 0, length - CRC_LENGTH);
        if (expected != actual) {
            throw ProtocolException.corrupt(String.format("frame CRC mismatch: sent 0x%04x, computed 0x%04x",
                    expected, actual), length - CRC_LENGTH);
        }
        byte[] payload = new byte[length - MIN_FRAME_LENGTH];
        System.arraycopy(bytes, HEADER_LENGTH, payload, 0, payload.length);
        return new DexcomFrame(bytes[3] & 0xFF, payload);
    }
}
