package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The local calendar days an Ambulatory Glucose Profile covers, both ends included, in the profile's zone.
 * The window starts at local midnight of {@code firstDay} and ends at local midnight after {@code lastDay},
 * so DST days contribute 23 or 25 hours.
 */
public record AgpWindow(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {

    /** The consensus report length: 14 days. */
    public static final int DEFAULT_DAYS = 14;

    public AgpWindow {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("window ends before it starts: " + firstDay + " .. " + lastDay);
        }
    }

    /** The {@code days} days ending with {@code lastDay}. */
    public static AgpWindow endingOn(LocalDate lastDay, int days, ZoneId zone) {
        if (days < 1) {
            throw new IllegalArgumentException("a window needs at least one day: " + days);
        }
        return new AgpWindow(lastDay.minusDays(days - 1L), lastDay, zone);
    }

    /** Epoch milliseconds of the window's first instant. */
    public long startMillis() {
        return DaySlices.startOfDay(firstDay, zone);
    }

    /** Epoch milliseconds just after the window (exclusive end). */
    public long endMillis() {
        return DaySlices.startOfDay(lastDay.plusDays(1), zone);
    }

    /** Every day of the window in order. */
    public List<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1)).collect(Collectors.toList());
    }
}
