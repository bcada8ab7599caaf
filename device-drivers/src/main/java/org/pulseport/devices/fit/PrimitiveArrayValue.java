package org.pulseport.devices.fit;

import java.util.Arrays;
import java.util.Objects;

/** Value equality, hashing and printing for field values backed by one primitive array. */
abstract class PrimitiveArrayValue<A> {

    /** The values; never handed out, so instances stay immutable. */
    final A array;

    PrimitiveArrayValue(A array) {
        this.array = array;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Objects.deepEquals(array, ((PrimitiveArrayValue<?>) other).array);
    }

    @Override
    public final int hashCode() {
        return Arrays.deepHashCode(new Object[] {array});
    }

    @Override
    public final String toString() {
        String elements = Arrays.deepToString(new Object[] {array});
        return getClass().getSimpleName() + elements.substring(1, elements.length() - 1);
    }
}
