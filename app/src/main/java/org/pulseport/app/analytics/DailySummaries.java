package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.pulseport.core.model.TimeSeries;

/**
 * The daily statistics and rolling averages of one metric of one profile, computed in full or updated
 * incrementally after some days were touched. Immutable: an update returns a new instance.
 */
public final class DailySummaries {

    private final NavigableMap<LocalDate, DailyStats> stats;
    private final NavigableMap<LocalDate, RollingAverage> rolling;

    private DailySummaries(NavigableMap<LocalDate, DailyStats> stats,
                           NavigableMap<LocalDate, RollingAverage> rolling) {
        this.stats = Collections.unmodifiableNavigableMap(stats);
        this.rolling = Collections.unmodifiableNavigableMap(rolling);
    }

    /** Summaries of daily statistics computed elsewhere (e.g. from provider days). */
    public static DailySummaries of(NavigableMap<LocalDate, DailyStats> daily) {
        NavigableMap<LocalDate, DailyStats> copy = new TreeMap<>(daily);
        return new DailySummaries(copy, RollingAverages.all(copy));
    }

    /** Full computation from all readings of a metric, grouped by local day of {@code zone}. */
    public static DailySummaries compute(TimeSeries readings, ZoneId zone) {
        return of(DailyStatsCalculator.byLocalDay(readings, zone));
    }

    /**
     * Incremental update from readings: recomputes the statistics of the touched days from
     * {@code touchedReadings} (grouped by local day of {@code zone}), which must hold every reading of those
     * days, then applies {@link #withRecomputedDays}. Readings outside the touched days are ignored.
     */
    public DailySummaries update(Set<LocalDate> touchedDays, TimeSeries touchedReadings, ZoneId zone) {
        return withRecomputedDays(touchedDays, DailyStatsCalculator.byLocalDay(touchedReadings, zone));
    }

    /**
     * Incremental update from recomputed daily statistics (e.g. {@link DailyStatsCalculator#byProviderDay} of
     * the touched days' values): the touched days take their new statistics (a touched day absent from
     * {@code touchedStats} disappears), then the rolling averages of the days the {@link RecomputePlan} names
     * are recomputed. Statistics of days that were not touched are ignored.
     */
    public DailySummaries withRecomputedDays(Set<LocalDate> touchedDays, Map<LocalDate, DailyStats> touchedStats) {
        RecomputePlan plan = RecomputePlan.forTouchedDays(touchedDays);
        NavigableMap<LocalDate, DailyStats> newStats = new TreeMap<>(stats);
        newStats.keySet().removeAll(plan.statsDays());
        touchedStats.forEach((day, dayStats) -> {
            if (plan.statsDays().contains(day)) {
                newStats.put(day, dayStats);
            }
        });
        NavigableMap<LocalDate, RollingAverage> newRolling = new TreeMap<>(rolling);
        newRolling.keySet().removeAll(plan.rollingDays());
        newRolling.putAll(RollingAverages.forDays(newStats, plan.rollingDays()));
        return new DailySummaries(newStats, newRolling);
    }

    public NavigableMap<LocalDate, DailyStats> stats() {
        return stats;
    }

    public NavigableMap<LocalDate, RollingAverage> rolling() {
        return rolling;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailySummaries other && stats.equals(other.stats) && rolling.equals(other.rolling);
    }

    @Override
    public int hashCode() {
        return 31 * stats.hashCode() + rolling.hashCode();
    }

    @Override
    public String toString() {
        return "DailySummaries[" + stats.size() + " days]";
    }
}
