package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The personal baseline of a daily metric: the {@link RobustBaseline} of its daily averages over the
 * {@value #DAYS} calendar days before a day (the day itself excluded), when at least
 * {@value #MIN_DAYS} of those days have data.
 */
public final class PersonalBaseline {

    /** Length of the baseline window in calendar days. */
    public static final int DAYS = 30;
    /** Fewest days with data for a baseline to exist. */
    public static final int MIN_DAYS = 7;

    private PersonalBaseline() {
    }

    public static Optional<RobustBaseline> before(NavigableMap<LocalDate, DailyStats> daily, LocalDate day) {
        double[] averages = daily.subMap(day.minusDays(DAYS), true, day, false).values().stream()
                .mapToDouble(DailyStats::average).toArray();
        return averages.length < MIN_DAYS ? Optional.empty() : Optional.of(RobustBaseline.of(averages));
    }
}
