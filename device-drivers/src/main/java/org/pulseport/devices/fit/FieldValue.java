package org.pulseport.devices.fit;

import java.util.Objects;

/** The decoded content of one field: integers, floating-point numbers, text or uninterpreted bytes. */
public sealed interface FieldValue {

    /** How many values the field holds (arrays hold more than one). */
    int count();

    /** Raw integers as on the wire: zero-extended, or sign-extended for signed base types. */
    final class Integers extends PrimitiveArrayValue<long[]> implements FieldValue {
        public Integers(long[] values) {
            super(values.clone());
        }

        public long get(int index) {
            return array[index];
        }

        public long[] values() {
            return array.clone();
        }

        @Override
        public int count() {
            return array.length;
        }
    }

    /** Floating-point values: FIT float fields, or physical values computed from components. */
    final class Floats extends PrimitiveArrayValue<double[]> implements FieldValue {
        public Floats(double[] values) {
            super(values.clone());
        }

        public double get(int index) {
            return array[index];
        }

        public double[] values() {
            return array.clone();
        }

        @Override
        public int count() {
            return array.length;
        }
    }

    /** Bytes kept as they were: byte fields, and fields whose size does not fit their base type. */
    final class Bytes extends PrimitiveArrayValue<byte[]> implements FieldValue {
        public Bytes(byte[] values) {
            super(values.clone());
        }

        public byte get(int index) {
            return array[index];
        }

        public byte[] bytes() {
            return array.clone();
        }

        @Override
        public int count() {
            return array.length;
        }
    }

    /** A string field up to its first NUL byte. */
    record Text(String value) implements FieldValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public int count() {
            return value.isEmpty() ? 0 : 1;
        }
    }
}
