package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Computes {@link RollingAverage}s over daily statistics: 7- and 30-calendar-day trailing windows of the
 * daily averages, each day with data weighing equally, missing days skipped.
 */
public final class RollingAverages {

    /** Length of the short window in calendar days. */
    public static final int SHORT_WINDOW_DAYS = 7;
    /** Length of the long window in calendar days. */
    public static final int LONG_WINDOW_DAYS = 30;

    private RollingAverages() {
    }

    /** Rolling averages for every day of {@code daily}. */
    public static NavigableMap<LocalDate, RollingAverage> all(NavigableMap<LocalDate, DailyStats> daily) {
        return forDays(daily, daily.keySet());
    }

    /** Rolling averages for those of {@code days} that have daily statistics; other days are ignored. */
    public static NavigableMap<LocalDate, RollingAverage> forDays(NavigableMap<LocalDate, DailyStats> daily,
                                                                  Collection<LocalDate> days) {
        NavigableMap<LocalDate, RollingAverage> result = new TreeMap<>();
        for (LocalDate day : days) {
            if (daily.containsKey(day)) {
                result.put(day, averageEndingOn(daily, day));
            }
        }
        return result;
    }

    private static RollingAverage averageEndingOn(NavigableMap<LocalDate, DailyStats> daily, LocalDate day) {
        LocalDate shortStart = day.minusDays(SHORT_WINDOW_DAYS - 1L);
        double sum7 = 0;
        int days7 = 0;
        double sum30 = 0;
        int days30 = 0;
        for (DailyStats stats : daily.subMap(day.minusDays(LONG_WINDOW_DAYS - 1L), true, day, true).values()) {
            sum30 += stats.average();
            days30++;
            if (!stats.day().isBefore(shortStart)) {
                sum7 += stats.average();
                days7++;
            }
        }
        return new RollingAverage(day, sum7 / days7, days7, sum30 / days30, days30);
    }
}
