package org.pulseport.core.model;

import java.time.Instant;
import java.util.Arrays;

/**
 * A compact, read-only series of (UTC epoch millisecond, value) points in time order, for charts and analytics.
 * Primitive arrays keep a year of 5-minute data at about 1.7 MB instead of hundreds of thousands of objects.
 */
public final class TimeSeries {

    private static final TimeSeries EMPTY = new TimeSeries(new long[0], new double[0]);

    private final long[] epochMillis;
    private final double[] values;

    private TimeSeries(long[] epochMillis, double[] values) {
        this.epochMillis = epochMillis;
        this.values = values;
    }

    /** Wraps copies of the arrays; timestamps must be ascending and the arrays of equal length. */
    public static TimeSeries of(long[] epochMillis, double[] values) {
        if (epochMillis.length != values.length) {
            throw new IllegalArgumentException("lengths differ: " + epochMillis.length + " vs " + values.length);
        }
        for (int i = 1; i < epochMillis.length; i++) {
            if (epochMillis[i] < epochMillis[i - 1]) {
                throw new IllegalArgumentException("timestamps not ascending at index " + i);
            }
        }
        return new TimeSeries(epochMillis.clone(), values.clone());
    }

    public static TimeSeries empty() {
        return EMPTY;
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public long epochMillis(int index) {
        return epochMillis[index];
    }

    public Instant instant(int index) {
        return Instant.ofEpochMilli(epochMillis[index]);
    }

    public double value(int index) {
        return values[index];
    }

    /** The points with times in [from, to] (inclusive), copying only those. */
    public TimeSeries between(long from, long to) {
        int start = firstIndexAtOrAfter(from);
        int end = to == Long.MAX_VALUE ? values.length : firstIndexAtOrAfter(to + 1);
        return start >= end ? EMPTY : new TimeSeries(Arrays.copyOfRange(epochMillis, start, end), Arrays.copyOfRange(values, start, end));
    }

    /** The same times with every value mapped, e.g. converted to another unit. */
    public TimeSeries mapValues(java.util.function.DoubleUnaryOperator mapping) {
        double[] mapped = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            mapped[i] = mapping.applyAsDouble(values[i]);
        }
        return new TimeSeries(epochMillis, mapped);
    }

    private int firstIndexAtOrAfter(long time) {
        int low = 0;
        int high = epochMillis.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (epochMillis[mid] < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public long[] epochMillisCopy() {
        return epochMillis.clone();
    }

    public double[] valuesCopy() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries other
                && Arrays.equals(epochMillis, other.epochMillis) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(epochMillis) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TimeSeries[" + size() + " points]";
    }

    /** Accumulates points in time order without boxing. */
    public static final class Builder {
        private long[] times = new long[256];
        private double[] vals = new double[256];
        private int size;

        public Builder add(long epochMilli, double value) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                vals = Arrays.copyOf(vals, size * 2);
            }
            if (size > 0 && epochMilli < times[size - 1]) {
                throw new IllegalArgumentException("timestamps must be added in ascending order");
            }
            times[size] = epochMilli;
            vals[size] = value;
            size++;
            return this;
        }

        public TimeSeries build() {
            return size == 0 ? EMPTY : new TimeSeries(Arrays.copyOf(times, size), Arrays.copyOf(vals, size));
        }
    }
}
