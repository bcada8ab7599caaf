package org.pulseport.app.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Lossless compact encodings of one activity record column (ADR 0005), each deflated:
 * <ul>
 *   <li>{@value #TIMES}: epoch seconds as zig-zag varint deltas (a 1 Hz recording is one byte per sample);</li>
 *   <li>{@value #DECIMAL}: values that are exact decimals with at most {@value #MAX_DECIMALS} places (heart rate,
 *       power, cadence, speed, distance, altitude) as varint deltas of the scaled integers, 0 marking a gap;</li>
 *   <li>{@value #XOR}: any other doubles (positions) as the XOR of successive IEEE bit patterns, byte-plane
 *       shuffled so the long runs of equal high bytes compress.</li>
 * </ul>
 * Decoding returns exactly the values encoded, {@code NaN} gaps included.
 */
final class StreamCodec {

    static final String TIMES = "delta-varint-deflate";
    static final String DECIMAL = "decimal-delta-deflate";
    static final String XOR = "xor-shuffle-deflate";

    static final int MAX_DECIMALS = 6;
    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final long LARGEST_SCALED = 1L << 52;

    /** One encoded column: how it was encoded and the bytes. */
    record Encoded(String encoding, byte[] payload) {
    }

    private StreamCodec() {
    }

    static byte[] encodeTimes(long[] epochSeconds) {
        VarintOutput out = new VarintOutput(epochSeconds.length + 8);
        long previous = 0;
        for (long t : epochSeconds) {
            out.write(zigZag(t - previous));
            previous = t;
        }
        return deflate(out.toBytes());
    }

    static long[] decodeTimes(byte[] payload, int count) {
        ByteBuffer in = ByteBuffer.wrap(inflate(payload));
        long[] times = new long[count];
        long previous = 0;
        for (int i = 0; i < count; i++) {
            previous += unZigZag(readVarint(in));
            times[i] = previous;
        }
        return times;
    }

    /** Encodes a channel with the decimal encoding when every value allows it, else with the XOR encoding. */
    static Encoded encodeValues(double[] values) {
        int decimals = decimalsOf(values);
        return decimals < 0 ? new Encoded(XOR, encodeXor(values)) : new Encoded(DECIMAL, encodeDecimal(values, decimals));
    }

    static double[] decodeValues(String encoding, byte[] payload, int count) {
        if (DECIMAL.equals(encoding)) {
            return decodeDecimal(payload, count);
        }
        if (XOR.equals(encoding)) {
            return decodeXor(payload, count);
        }
        throw new IllegalArgumentException("unknown stream encoding " + encoding);
    }

    /** The fewest decimal places that represent every finite value exactly, or -1 when some value needs more. */
    private static int decimalsOf(double[] values) {
        int decimals = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            while (decimals <= MAX_DECIMALS && !exact(v, decimals)) {
                decimals++;
            }
            if (decimals > MAX_DECIMALS) {
                return -1;
            }
        }
        return decimals;
    }

    private static boolean exact(double v, int decimals) {
        double scaled = v * POWERS[decimals];
        return Double.isFinite(scaled) && Math.abs(scaled) < LARGEST_SCALED
                && Math.round(scaled) / POWERS[decimals] == v && !(v == 0 && 1 / v < 0);
    }

    private static byte[] encodeDecimal(double[] values, int decimals) {
        VarintOutput out = new VarintOutput(values.length + 8);
        out.write(decimals);
        long previous = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                out.write(0);
            } else {
                long scaled = Math.round(v * POWERS[decimals]);
                out.write(zigZag(scaled - previous) + 1);
                previous = scaled;
            }
        }
        return deflate(out.toBytes());
    }

    private static double[] decodeDecimal(byte[] payload, int count) {
        ByteBuffer in = ByteBuffer.wrap(inflate(payload));
        double power = POWERS[(int) readVarint(in)];
        double[] values = new double[count];
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long code = readVarint(in);
            if (code == 0) {
                values[i] = Double.NaN;
            } else {
                previous += unZigZag(code - 1);
                values[i] = previous / power;
            }
        }
        return values;
    }

    private static byte[] encodeXor(double[] values) {
        int n = values.length;
        byte[] planes = new byte[n * Long.BYTES];
        long previous = 0;
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(values[i]);
            long xor = bits ^ previous;
            previous = bits;
            for (int b = 0; b < Long.BYTES; b++) {
                planes[b * n + i] = (byte) (xor >>> (56 - 8 * b));
            }
        }
        return deflate(planes);
    }

    private static double[] decodeXor(byte[] payload, int count) {
        byte[] planes = inflate(payload);
        double[] values = new double[count];
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long xor = 0;
            for (int b = 0; b < Long.BYTES; b++) {
                xor = (xor << 8) | (planes[b * count + i] & 0xFF);
            }
            previous ^= xor;
            values[i] = Double.longBitsToDouble(previous);
        }
        return values;
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] payload) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(payload);
            ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length * 4 + 64);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("truncated activity stream");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt activity stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** A growable buffer of unsigned LEB128 varints. */
    private static final class VarintOutput {
        private byte[] bytes;
        private int size;

        VarintOutput(int capacity) {
            bytes = new byte[capacity];
        }

        void write(long value) {
            if (size + 10 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2 + 10);
            }
            long v = value;
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        byte[] toBytes() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }
}
