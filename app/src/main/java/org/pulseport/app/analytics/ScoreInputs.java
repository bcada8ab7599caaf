package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.pulseport.core.model.MetricType;

/**
 * What the health scores of one day are computed from: that day's daily average of each metric that has
 * data, and each metric's personal baseline ({@link PersonalBaseline}) where one exists.
 */
public record ScoreInputs(LocalDate day, Map<MetricType, Double> values,
                          Map<MetricType, RobustBaseline> baselines) {

    public ScoreInputs {
        Objects.requireNonNull(day, "day");
        values = Map.copyOf(values);
        baselines = Map.copyOf(baselines);
    }

    /** Picks the day's averages and builds the baselines from daily statistics per metric. */
    public static ScoreInputs from(Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily,
                                   LocalDate day) {
        Map<MetricType, Double> values = new EnumMap<>(MetricType.class);
        Map<MetricType, RobustBaseline> baselines =
                new EnumMap<>(MetricType.class);
        daily.forEach((metric, days) -> {
            DailyStats today = days.get(day);
            if (today != null) {
                values.put(metric, today.average());
            }
            PersonalBaseline.before(days, day).ifPresent(baseline -> baselines.put(metric, baseline));
        });
        return new ScoreInputs(day, values, baselines);
    }
}
