package org.pulseport.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.DailyStats;
import org.pulseport.app.analytics.HealthScore;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;

/**
 * Everything the weekly health report shows, computed beforehand by the engine.
 *
 * @param profile     whose week it is
 * @param weekStart   first day of the seven-day week
 * @param glucoseUnit display unit for glucose rows
 * @param dailyStats  daily statistics per metric (days outside the week are ignored)
 * @param scores      the scores of each day of the week, as {@code HealthScoreCalculator} returns them
 * @param anomalies   anomalies detected during the week
 * @param generatedAt when the report was made
 */
public record WeeklyReportInput(Profile profile, LocalDate weekStart, GlucoseUnit glucoseUnit,
                                Map<MetricType, NavigableMap<LocalDate, DailyStats>> dailyStats,
                                Map<LocalDate, List<HealthScore>> scores, List<Anomaly> anomalies,
                                Instant generatedAt) {

    /** Days in a report week. */
    public static final int DAYS = 7;

    public WeeklyReportInput {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(glucoseUnit, "glucoseUnit");
        Objects.requireNonNull(generatedAt, "generatedAt");
        dailyStats = Map.copyOf(dailyStats);
        scores = Map.copyOf(scores);
        anomalies = List.copyOf(anomalies);
    }

    /** The last day of the week. */
    public LocalDate weekEnd() {
        return weekStart.plusDays(DAYS - 1L);
    }
}
