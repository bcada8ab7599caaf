package org.pulseport.app.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pulseport.app.report.AgpReportInput;
import org.pulseport.app.report.AgpReportPdf;
import org.pulseport.app.store.AnalyticsRepository;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;

/**
 * What the views show beyond raw readings: daily statistics with rolling averages, health scores, correlations,
 * anomalies, the AGP and its PDF. Read-only, for the UI and commands.
 */
public final class Insights {

    private final DailyStatsRepository daily;
    private final AnalyticsRepository results;
    private final GlucoseReports glucose;
    private final Clock clock;

    public Insights(DailyStatsRepository daily, AnalyticsRepository results, GlucoseReports glucose, Clock clock) {
        this.daily = daily;
        this.results = results;
        this.glucose = glucose;
        this.clock = clock;
    }

    /** Daily rows of every metric over the last {@code days} local days, by metric. */
    public Map<MetricType, List<DailyStatsRepository.Row>> dailyStats(Profile profile, int days) {
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        Map<MetricType, List<DailyStatsRepository.Row>> byMetric = new TreeMap<>();
        for (DailyStatsRepository.Row row : daily.readAll(profile.id(), today.minusDays(days - 1L), today)) {
            byMetric.computeIfAbsent(row.metric(), m -> new java.util.ArrayList<>()).add(row);
        }
        return byMetric;
    }

    public List<AnalyticsRepository.ScoreRow> latestScores(Profile profile) {
        return results.latestScores(profile.id());
    }

    public List<AnalyticsRepository.CorrelationRow> correlations(Profile profile) {
        return results.correlations(profile.id());
    }

    public List<AnalyticsRepository.AnomalyRow> recentAnomalies(Profile profile, int limit) {
        return results.recentAnomalies(profile.id(), limit);
    }

    public AgpReportInput agp(Profile profile, int days, GlucoseUnit unit) {
        return glucose.agp(profile, days, unit);
    }

    /** Renders the AGP report of {@code days} days to a PDF file (written atomically). */
    public Path writeAgpPdf(Profile profile, int days, GlucoseUnit unit, Path file) {
        return AtomicFiles.write(file, AgpReportPdf.render(agp(profile, days, unit)));
    }
}
