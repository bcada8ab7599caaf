package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.pulseport.core.model.TimeSeries;

/**
 * Daily average, minimum, maximum and count of one metric. Readings without a provider day are grouped by
 * the local calendar day of the profile's time zone ({@link #byLocalDay}); daily summaries that carry the
 * provider's own day are grouped by that day ({@link #byProviderDay}). Days without readings are absent.
 */
public final class DailyStatsCalculator {

    private DailyStatsCalculator() {
    }

    /** Statistics per local calendar day of {@code zone}; DST days have 23 or 25 hours. */
    public static NavigableMap<LocalDate, DailyStats> byLocalDay(TimeSeries series, ZoneId zone) {
        NavigableMap<LocalDate, DailyStats> result = new TreeMap<>();
        DaySlices.forEachDay(series, zone, (day, from, to) -> {
            DayAccumulator accumulator = new DayAccumulator(day);
            for (int i = from; i < to; i++) {
                accumulator.add(series.value(i));
            }
            result.put(day, accumulator.toStats());
        });
        return result;
    }

    /** Statistics per provider day; several values on the same day are combined like readings. */
    public static NavigableMap<LocalDate, DailyStats> byProviderDay(List<DayValue> values) {
        NavigableMap<LocalDate, DayAccumulator> accumulators = new TreeMap<>();
        for (DayValue value : values) {
            accumulators.computeIfAbsent(value.day(), DayAccumulator::new).add(value.value());
        }
        NavigableMap<LocalDate, DailyStats> result = new TreeMap<>();
        accumulators.forEach((day, accumulator) -> result.put(day, accumulator.toStats()));
        return result;
    }
}
