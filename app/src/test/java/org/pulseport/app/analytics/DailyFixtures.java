package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/** Daily statistics for tests: one value per consecutive day. */
final class DailyFixtures {

    private DailyFixtures() {
    }

    /** One daily value per day, the first on {@code firstDay}. */
    static NavigableMap<LocalDate, DailyStats> consecutive(LocalDate firstDay, double... values) {
        List<DayValue> days = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            days.add(new DayValue(firstDay.plusDays(i), values[i]));
        }
        return DailyStatsCalculator.byProviderDay(days);
    }
}
