package org.pulseport.devices.fit;

/**
 * Reads a field's value as one little-endian bit string for component extraction: byte fields byte by byte,
 * integer fields value by value, each value contributing its base type's width.
 */
final class BitSource {

    private final long[] values;
    private final int width;
    private int index;
    private int bitInValue;

    private BitSource(long[] values, int width) {
        this.values = values;
        this.width = width;
    }

    static BitSource of(FieldValue value, FitBaseType type) {
        if (value instanceof FieldValue.Bytes) {
            byte[] bytes = ((FieldValue.Bytes) value).bytes();
            long[] octets = new long[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                octets[i] = bytes[i] & 0xFFL;
            }
            return new BitSource(octets, 8);
        }
        if (value instanceof FieldValue.Integers) {
            return new BitSource(((FieldValue.Integers) value).values(), 8 * type.size());
        }
        return new BitSource(new long[0], 8);
    }

    boolean has(int bits) {
        return (long) (values.length - index) * width - bitInValue >= bits;
    }

    /** The next {@code bits} bits (at most 32) as an unsigned number. */
    long take(int bits) {
        long result = 0;
        int filled = 0;
        while (filled < bits) {
            int available = width - bitInValue;
            int chunk = Math.min(available, bits - filled);
            long part = (values[index] >>> bitInValue) & ((1L << chunk) - 1);
            result |= part << filled;
            filled += chunk;
            bitInValue += chunk;
            if (bitInValue == width) {
                index++;
                bitInValue = 0;
            }
        }
        return result;
    }
}
