package org.pulseport.devices.fit;

import java.util.HashMap;
import java.util.Map;

/**
 * Running totals of accumulating components per (message, target field): each new narrow value adds its
 * difference to the previous one modulo its bit width, so counters survive roll-over.
 */
final class Accumulators {

    private static final class Total {
        long last;
        long accumulated;
    }

    private final Map<Long, Total> totals = new HashMap<>();

    long accumulate(int message, int field, long value, int bits) {
        Total total = totals.computeIfAbsent(key(message, field), k -> new Total());
        long mask = (1L << bits) - 1;
        total.accumulated += (value - total.last) & mask;
        total.last = value;
        return total.accumulated;
    }

    /** An explicit full-width value restarts the total. */
    void set(int message, int field, long value) {
        Total total = totals.computeIfAbsent(key(message, field), k -> new Total());
        total.accumulated = value;
        total.last = value;
    }

    void clear() {
        totals.clear();
    }

    private static long key(int message, int field) {
        return ((long) message << 16) | field;
    }
}
