package org.pulseport.devices.fit;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One decoded field of a data message. The value is raw; {@link #doubleValue()} applies
 * {@code raw / scale - offset}. Values equal to the base type's invalid sentinel read as empty.
 */
public record FitField(
        int number,
        String name,
        FitBaseType type,
        FieldValue value,
        double scale,
        double offset,
        String units,
        FieldOrigin origin) {

    public FitField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(origin, "origin");
    }

    public int count() {
        return value.count();
    }

    /** Whether the field holds at least one valid value. */
    public boolean isValid() {
        for (int i = 0; i < value.count(); i++) {
            if (isValid(i)) {
                return true;
            }
        }
        return false;
    }

    public boolean isValid(int index) {
        if (value instanceof FieldValue.Integers) {
            return !type.isInvalid(((FieldValue.Integers) value).get(index));
        }
        if (value instanceof FieldValue.Floats) {
            return !Double.isNaN(((FieldValue.Floats) value).get(index));
        }
        if (value instanceof FieldValue.Bytes) {
            return !allInvalidBytes(((FieldValue.Bytes) value).bytes());
        }
        return !((FieldValue.Text) value).value().isEmpty();
    }

    /** The first value in physical units. */
    public OptionalDouble doubleValue() {
        return doubleValue(0);
    }

    /** The value at {@code index} in physical units; empty when invalid, absent or not numeric. */
    public OptionalDouble doubleValue(int index) {
        if (index >= value.count() || !isValid(index)) {
            return OptionalDouble.empty();
        }
        if (value instanceof FieldValue.Integers) {
            return OptionalDouble.of(((FieldValue.Integers) value).get(index) / scale - offset);
        }
        if (value instanceof FieldValue.Floats) {
            return OptionalDouble.of(((FieldValue.Floats) value).get(index) / scale - offset);
        }
        return OptionalDouble.empty();
    }

    /** The first raw integer value; empty when invalid or not an integer field. */
    public OptionalLong rawValue() {
        if (!(value instanceof FieldValue.Integers) || value.count() == 0 || !isValid(0)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(((FieldValue.Integers) value).get(0));
    }

    /** The text of a string field. */
    public Optional<String> text() {
        if (value instanceof FieldValue.Text && isValid(0)) {
            return Optional.of(((FieldValue.Text) value).value());
        }
        return Optional.empty();
    }

    private static boolean allInvalidBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }
}
