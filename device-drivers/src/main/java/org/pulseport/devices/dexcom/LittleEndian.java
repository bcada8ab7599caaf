package org.pulseport.devices.dexcom;

/** Little-endian field access for receiver structures; callers check bounds first. */
final class LittleEndian {

    private LittleEndian() {
    }

    static int u8(byte[] data, int offset) {
        return data[offset] & 0xFF;
    }

    static int u16(byte[] data, int offset) {
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8;
    }

    static long u32(byte[] data, int offset) {
        return i32(data, offset) & 0xFFFF_FFFFL;
    }

    static int i32(byte[] data, int offset) {
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF) << 16
                | (data[offset + 3] & 0xFF) << 24;
    }

    static void putU16(byte[] data, int offset, int value) {
        data[offset] = (byte) value;
        data[offset + 1] = (byte) (value >>> 8);
    }

    static void putU32(byte[] data, int offset, long value) {
        putU16(data, offset, (int) (value & 0xFFFF));
        putU16(data, offset + 2, (int) ((value >>> 16) & 0xFFFF));
    }
}
