package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Summary of one metric over one local calendar day (or one provider day for daily summaries).
 *
 * @param day     the local calendar day the readings belong to
 * @param count   number of readings, at least 1
 * @param average arithmetic mean of the readings
 * @param min     smallest reading
 * @param max     largest reading
 */
public record DailyStats(LocalDate day, int count, double average, double min, double max) {

    public DailyStats {
        Objects.requireNonNull(day, "day");
        if (count < 1) {
            throw new IllegalArgumentException("a day needs at least one reading: " + count);
        }
    }
}
