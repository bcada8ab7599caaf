package org.pulseport.devices.fit;

/** The CRC-16 FIT files use for their header and for the whole file (polynomial 0xA001, nibble-wise). */
public final class FitCrc {

    private static final int[] TABLE = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    };

    private int value;

    public void update(int octet) {
        value = step(value, octet);
    }

    public void update(byte[] bytes, int offset, int length) {
        int crc = value;
        for (int i = offset; i < offset + length; i++) {
            crc = step(crc, bytes[i]);
        }
        value = crc;
    }

    public int value() {
        return value;
    }

    public void reset() {
        value = 0;
    }

    /** The CRC of a byte range. */
    public static int of(byte[] bytes, int offset, int length) {
        FitCrc crc = new FitCrc();
        crc.update(bytes, offset, length);
        return crc.value();
    }

    private static int step(int crc, int octet) {
        int tmp = TABLE[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ TABLE[octet & 0xF];
        tmp = TABLE[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        return crc ^ tmp ^ TABLE[(octet >> 4) & 0xF];
    }
}
