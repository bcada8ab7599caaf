package org.pulseport.app.analytics;

import java.time.LocalDate;

/** Running count, sum, minimum and maximum of one day's readings; turns into a {@link DailyStats}. */
final class DayAccumulator {

    private final LocalDate day;
    private int count;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    DayAccumulator(LocalDate day) {
        this.day = day;
    }

    LocalDate day() {
        return day;
    }

    void add(double value) {
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    DailyStats toStats() {
        return new DailyStats(day, count, sum / count, min, max);
    }
}
