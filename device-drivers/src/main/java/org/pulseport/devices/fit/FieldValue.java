package org.pulseport.devices.fit;

import java.util.Arrays;
import java.util.Objects;

/** The decoded content of one field: integers, floating-point numbers, text or uninterpreted bytes. */
public sealed interface FieldValue {

    /** How many values the field holds (arrays hold more than one). */
    int count();

    /** Raw integers as on the wire: zero-extended, or sign-extended for signed base types. */
    record Integers(long[] values) implements FieldValue {
        public Integers {
            values = values.clone();
        }

        public long get(int index) {
            return values[index];
        }

        @Override
        public int count() {
            return values.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Integers && Arrays.equals(values, ((Integers) other).values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    /** Floating-point values: FIT float fields, or physical values computed from components. */
    record Floats(double[] values) implements FieldValue {
        public Floats {
            values = values.clone();
        }

        public double get(int index) {
            return values[index];
        }

        @Override
        public int count() {
            return values.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Floats && Arrays.equals(values, ((Floats) other).values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
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

    /** Bytes kept as they were: byte fields, and fields whose size does not fit their base type. */
    record Bytes(byte[] value) implements FieldValue {
        public Bytes {
            value = value.clone();
        }

        public byte[] bytes() {
            return value.clone();
        }

        @Override
        public int count() {
            return value.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes && Arrays.equals(value, ((Bytes) other).value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "bytes" + Arrays.toString(value);
        }
    }
}
