package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days need recomputing after new or changed readings touched some days.
 *
 * @param statsDays   the touched days themselves: their daily statistics must be recomputed from readings
 * @param rollingDays every day whose 7- or 30-day window contains a touched day: the touched day and the
 *                    {@value RollingAverages#LONG_WINDOW_DAYS} − 1 days after it
 */
public record RecomputePlan(NavigableSet<LocalDate> statsDays, NavigableSet<LocalDate> rollingDays) {

    public RecomputePlan {
        statsDays = immutableCopy(statsDays);
        rollingDays = immutableCopy(rollingDays);
    }

    /** The plan for a set of touched days; linear in their number (overlapping windows are merged). */
    public static RecomputePlan forTouchedDays(Set<LocalDate> touchedDays) {
        NavigableSet<LocalDate> touched = new TreeSet<>(touchedDays);
        NavigableSet<LocalDate> rolling = new TreeSet<>();
        for (LocalDate day : touched) {
            LocalDate last = day.plusDays(RollingAverages.LONG_WINDOW_DAYS - 1L);
            LocalDate next = rolling.isEmpty() || rolling.last().isBefore(day) ? day : rolling.last().plusDays(1);
            for (; !next.isAfter(last); next = next.plusDays(1)) {
                rolling.add(next);
            }
        }
        return new RecomputePlan(touched, rolling);
    }

    /**
     * The first day whose daily average the rolling recomputation reads (what a caller must load daily
     * statistics from); empty when nothing was touched.
     */
    public Optional<LocalDate> firstDayNeeded() {
        return rollingDays.isEmpty() ? Optional.empty()
                : Optional.of(rollingDays.first().minusDays(RollingAverages.LONG_WINDOW_DAYS - 1L));
    }

    private static NavigableSet<LocalDate> immutableCopy(NavigableSet<LocalDate> days) {
        Objects.requireNonNull(days, "days");
        return Collections.unmodifiableNavigableSet(new TreeSet<>(days));
    }
}
