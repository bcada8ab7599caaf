package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Trailing averages of the daily averages ending on {@code day}. The windows are calendar days
 * [day − 6, day] and [day − 29, day]; days without data inside a window are skipped (they count neither
 * as zero nor in the divisor), and {@code days7}/{@code days30} say how many days with data each mean used.
 * A rolling average exists only for a day that itself has data, so both counts are at least 1.
 */
public record RollingAverage(LocalDate day, double mean7, int days7, double mean30, int days30) {

    public RollingAverage {
        Objects.requireNonNull(day, "day");
    }
}
