package org.pulseport.devices.fit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Turns the bytes of one field into a {@link FieldValue} for its base type and byte order. */
final class FieldDecoding {

    private FieldDecoding() {
    }

    /**
     * Decodes {@code size} bytes at {@code position}. A size that is not a multiple of the base type's size
     * yields the raw bytes.
     */
    static FieldValue decode(byte[] data, int position, int size, FitBaseType type, boolean bigEndian) {
        if (type == FitBaseType.STRING) {
            return new FieldValue.Text(text(data, position, size));
        }
        if (type == FitBaseType.BYTE || size % type.size() != 0 || size == 0) {
            return new FieldValue.Bytes(Arrays.copyOfRange(data, position, position + size));
        }
        int count = size / type.size();
        if (type.isFloatingPoint()) {
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                long bits = unsigned(data, position + i * type.size(), type.size(), bigEndian);
                values[i] = type == FitBaseType.FLOAT32 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
            }
            return new FieldValue.Floats(values);
        }
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = integer(data, position + i * type.size(), type, bigEndian);
        }
        return new FieldValue.Integers(values);
    }

    /** One integer of the given base type, sign-extended for signed types. */
    static long integer(byte[] data, int position, FitBaseType type, boolean bigEndian) {
        long raw = unsigned(data, position, type.size(), bigEndian);
        if (type.isSigned() && type.size() < 8) {
            int shift = 64 - 8 * type.size();
            return (raw << shift) >> shift;
        }
        return raw;
    }

    private static long unsigned(byte[] data, int position, int size, boolean bigEndian) {
        long value = 0;
        if (bigEndian) {
            for (int i = 0; i < size; i++) {
                value = (value << 8) | (data[position + i] & 0xFFL);
            }
        } else {
            for (int i = size - 1; i >= 0; i--) {
                value = (value << 8) | (data[position + i] & 0xFFL);
            }
        }
        return value;
    }

    private static String text(byte[] data, int position, int size) {
        int end = position;
        while (end < position + size && data[end] != 0) {
            end++;
        }
        return new String(data, position, end - position, StandardCharsets.UTF_8);
    }
}
