package org.pulseport.devices.dexcom;

import org.pulseport.devices.download.ProtocolException;

/**
 * The receiver protocol without I/O: builds request packets and checks and decodes reply payloads. Both the
 * driver ({@link DexcomReceiver}) and the simulator use it, so they cannot disagree about the bytes.
 */
public final class DexcomProtocol {

    /** READ_DATABASE_PAGES payload: record type (u8), first page (u32 LE), page count (u8). */
    public static final int READ_PAGES_PAYLOAD_LENGTH = 6;

    private DexcomProtocol() {
    }

    public static byte[] request(DexcomCommand command) {
        return DexcomFrameCodec.encode(DexcomFrame.of(command));
    }

    public static byte[] readPageRange(RecordType type) {
        return DexcomFrameCodec.encode(DexcomFrame.of(DexcomCommand.READ_DATABASE_PAGE_RANGE, (byte) type.id()));
    }

    public static byte[] readPages(RecordType type, long firstPage, int count) {
        if (count < 1 || count > 0xFF) {
            throw new IllegalArgumentException("page count out of range: " + count);
        }
        byte[] payload = new byte[READ_PAGES_PAYLOAD_LENGTH];
        payload[0] = (byte) type.id();
        LittleEndian.putU32(payload, 1, firstPage);
        payload[5] = (byte) count;
        return DexcomFrameCodec.encode(DexcomFrame.of(DexcomCommand.READ_DATABASE_PAGES, payload));
    }

    /** A decoded READ_DATABASE_PAGES request; the simulator answers these. */
    public record PagesRequest(RecordType type, long firstPage, int count) {

        public static PagesRequest parse(byte[] payload) throws ProtocolException {
            if (payload.length != READ_PAGES_PAYLOAD_LENGTH) {
                throw ProtocolException.corrupt("read pages request has " + payload.length + " bytes", 0);
            }
            RecordType type = recordType(payload[0]);
            return new PagesRequest(type, LittleEndian.u32(payload, 1), LittleEndian.u8(payload, 5));
        }
    }

    public static RecordType recordType(byte id) throws ProtocolException {
        int value = id & 0xFF;
        return RecordType.fromId(value).orElseThrow(() -> ProtocolException.corrupt("unknown record type " + value, 0));
    }

    /** The payload of an ACK reply; a refusal or an unexpected code is an error naming {@code request}. */
    public static byte[] expectAck(DexcomFrame reply, String request) throws ProtocolException {
        if (reply.is(DexcomCommand.ACK)) {
            return reply.payload();
        }
        String code = DexcomCommand.fromCode(reply.command()).map(Enum::name)
                .orElse("code " + reply.command());
        if (reply.command() >= DexcomCommand.NAK.code() && reply.command() <= DexcomCommand.INVALID_MODE.code()) {
            throw new ProtocolException(ProtocolException.Kind.REJECTED, request + " answered " + code, -1);
        }
        throw ProtocolException.corrupt(request + " answered unexpected " + code);
    }

    public static long u32(byte[] payload) throws ProtocolException {
        requireLength(payload, 4);
        return LittleEndian.u32(payload, 0);
    }

    public static int i32(byte[] payload) throws ProtocolException {
        requireLength(payload, 4);
        return LittleEndian.i32(payload, 0);
    }

    public static byte[] u32Payload(long value) {
        byte[] payload = new byte[4];
        LittleEndian.putU32(payload, 0, value);
        return payload;
    }

    private static void requireLength(byte[] payload, int length) throws ProtocolException {
        if (payload.length != length) {
            throw ProtocolException.corrupt("expected " + length + "-byte payload, got " + payload.length, 0);
        }
    }
}
