package org.pulseport.app.analytics;

import org.pulseport.core.model.TimeSeries;

/** Sub-ranges of a {@link TimeSeries} by time (binary search) or by index. */
public final class TimeSeriesRanges {

    private TimeSeriesRanges() {
    }

    /** The points with {@code fromMillis <= t < toMillis}. */
    public static TimeSeries between(TimeSeries series, long fromMillis, long toMillis) {
        return copy(series, firstIndexAtOrAfter(series, fromMillis), firstIndexAtOrAfter(series, toMillis));
    }

    /** The points with index in [from, to). */
    public static TimeSeries copy(TimeSeries series, int from, int to) {
        TimeSeries.Builder builder = new TimeSeries.Builder();
        for (int i = from; i < to; i++) {
            builder.add(series.epochMillis(i), series.value(i));
        }
        return builder.build();
    }

    /** The index of the first point at or after {@code millis}; {@code size()} when there is none. */
    public static int firstIndexAtOrAfter(TimeSeries series, long millis) {
        int low = 0;
        int high = series.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (series.epochMillis(middle) < millis) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
