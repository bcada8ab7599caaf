package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pulseport.core.model.TimeSeries;

/**
 * The daily statistics and rolling averages of one metric of one profile, computed in full or updated
 * incrementally after some days were touched. Immutable: an update returns a new instance. Days are kept
 * in arrays indexed by calendar day from the first day with data to the last, so an update copies two
 * small arrays and recomputes only the days the {@link RecomputePlan} names.
 */
public final class DailySummaries {

    private static final DailySummaries EMPTY = new DailySummaries(LocalDate.EPOCH, new DailyStats[0],
            new RollingAverage[0]);

    private final LocalDate firstDay;
    private final DailyStats[] stats;
    private final RollingAverage[] rolling;

    private DailySummaries(LocalDate firstDay, DailyStats[] stats, RollingAverage[] rolling) {
        this.firstDay = firstDay;
        this.stats = stats;
        this.rolling = rolling;
    }

    /** Summaries of daily statistics computed elsewhere (e.g. from provider days). */
    public static DailySummaries of(Map<LocalDate, DailyStats> daily) {
        return EMPTY.withRecomputedDays(daily.keySet(), daily);
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
        if (touchedDays.isEmpty()) {
            return this;
        }
        RecomputePlan plan = RecomputePlan.forTouchedDays(touchedDays);
        LocalDate newFirst = isEmpty() ? plan.statsDays().first() : min(firstDay, plan.statsDays().first());
        LocalDate newLast = isEmpty() ? plan.statsDays().last() : max(lastDay(), plan.statsDays().last());
        int length = index(newFirst, newLast) + 1;
        DailyStats[] newStats = new DailyStats[length];
        RollingAverage[] newRolling = new RollingAverage[length];
        int shift = isEmpty() ? 0 : index(newFirst, firstDay);
        System.arraycopy(stats, 0, newStats, shift, stats.length);
        System.arraycopy(rolling, 0, newRolling, shift, rolling.length);
        for (LocalDate day : plan.statsDays()) {
            DailyStats recomputed = touchedStats.get(day);
            newStats[index(newFirst, day)] = recomputed;
        }
        for (LocalDate day : plan.rollingDays()) {
            int i = index(newFirst, day);
            if (i < length) {
                newRolling[i] = newStats[i] == null ? null : RollingAverages.endingAt(newStats, i);
            }
        }
        return trimmed(newFirst, newStats, newRolling);
    }

    /** A snapshot of the daily statistics by day. */
    public NavigableMap<LocalDate, DailyStats> stats() {
        return snapshot(stats);
    }

    /** A snapshot of the rolling averages by day (days with data only). */
    public NavigableMap<LocalDate, RollingAverage> rolling() {
        return snapshot(rolling);
    }

    /** The statistics of one day, if it has data. */
    public Optional<DailyStats> statsOn(LocalDate day) {
        return Optional.ofNullable(at(stats, day));
    }

    /** The rolling averages ending on one day, if it has data. */
    public Optional<RollingAverage> rollingOn(LocalDate day) {
        return Optional.ofNullable(at(rolling, day));
    }

    public boolean isEmpty() {
        return stats.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailySummaries other && firstDay.equals(other.firstDay)
                && Arrays.equals(stats, other.stats) && Arrays.equals(rolling, other.rolling);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * firstDay.hashCode() + Arrays.hashCode(stats)) + Arrays.hashCode(rolling);
    }

    @Override
    public String toString() {
        return isEmpty() ? "DailySummaries[]" : "DailySummaries[" + firstDay + " .. " + lastDay() + "]";
    }

    private LocalDate lastDay() {
        return firstDay.plusDays(stats.length - 1L);
    }

    private <T> T at(T[] byDay, LocalDate day) {
        if (isEmpty()) {
            return null;
        }
        long i = ChronoUnit.DAYS.between(firstDay, day);
        return i < 0 || i >= byDay.length ? null : byDay[(int) i];
    }

    private <T> NavigableMap<LocalDate, T> snapshot(T[] byDay) {
        NavigableMap<LocalDate, T> map = new TreeMap<>();
        for (int i = 0; i < byDay.length; i++) {
            if (byDay[i] != null) {
                map.put(firstDay.plusDays(i), byDay[i]);
            }
        }
        return Collections.unmodifiableNavigableMap(map);
    }

    /** Drops days without data at both ends, so equal content means equal arrays. */
    private static DailySummaries trimmed(LocalDate first, DailyStats[] stats, RollingAverage[] rolling) {
        int from = 0;
        int to = stats.length;
        while (from < to && stats[from] == null) {
            from++;
        }
        while (to > from && stats[to - 1] == null) {
            to--;
        }
        if (from == to) {
            return EMPTY;
        }
        return new DailySummaries(first.plusDays(from), Arrays.copyOfRange(stats, from, to),
                Arrays.copyOfRange(rolling, from, to));
    }

    private static int index(LocalDate first, LocalDate day) {
        return Math.toIntExact(ChronoUnit.DAYS.between(first, day));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
