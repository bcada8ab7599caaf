package org.pulseport.app.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.DailyStats;
import org.pulseport.app.analytics.HealthScore;
import org.pulseport.app.analytics.HealthScoreCalculator;
import org.pulseport.app.analytics.ScoreInputs;
import org.pulseport.app.report.WeeklyReportInput;
import org.pulseport.app.report.WeeklyReportPdf;
import org.pulseport.app.store.AnalyticsRepository;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled weekly health report (reports queue): last week's daily statistics, scores and anomalies of one
 * profile as a PDF in {@code reports/<profile>/} of the data directory. Written atomically; re-running a week
 * replaces its file.
 */
public final class WeeklyReports {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyReports.class);

    private final DailyStatsReader daily;
    private final AnalyticsRepository results;
    private final ProfileService profiles;
    private final SettingsService settings;
    private final Path directory;
    private final Clock clock;

    public WeeklyReports(DailyStatsReader daily, AnalyticsRepository results, ProfileService profiles, SettingsService settings,
                         Path directory, Clock clock) {
        this.daily = daily;
        this.results = results;
        this.profiles = profiles;
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    /** The Monday of the last complete week in the profile's zone. */
    public LocalDate lastCompleteWeek(Profile profile) {
        return LocalDate.now(clock.withZone(profile.timeZone())).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
    }

    /** Writes the report of the profile's last complete week; returns the file. */
    public Path writeLastWeek(long profileId) {
        return write(profile(profileId), lastCompleteWeek(profile(profileId)));
    }

    private Profile profile(long profileId) {
        return profiles.find(profileId).orElseThrow(() -> new IllegalArgumentException("no profile " + profileId));
    }

    /** Renders and writes the report of the week starting {@code monday}; returns the file. */
    public Path write(Profile profile, LocalDate monday) {
        long profileId = profile.id();
        List<Anomaly> anomalies = results.anomaliesBetween(profileId, monday.atStartOfDay(profile.timeZone()).toInstant(),
                monday.plusDays(WeeklyReportInput.DAYS).atStartOfDay(profile.timeZone()).toInstant()).stream()
                .map(row -> StoredAnomalies.of(row, profile.timeZone())).toList();
        Map<MetricType, NavigableMap<LocalDate, DailyStats>> stats = daily.read(profileId,
                monday.minusDays(60), monday.plusDays(WeeklyReportInput.DAYS - 1L));
        Map<LocalDate, List<HealthScore>> scores = new TreeMap<>();
        for (int i = 0; i < WeeklyReportInput.DAYS; i++) {
            LocalDate day = monday.plusDays(i);
            scores.put(day, HealthScoreCalculator.scores(ScoreInputs.from(stats, day)));
        }
        GlucoseUnit unit = settings.glucoseUnit();
        byte[] pdf = WeeklyReportPdf.render(new WeeklyReportInput(profile, monday, unit, stats, scores,
                anomalies, clock.instant()));
        Path target = folderOf(directory, profileId).resolve("week-" + monday + ".pdf");
        AtomicFiles.write(target, pdf);
        LOG.info("weekly report profile={} week={} written to {}", profileId, monday, target);
        return target;
    }

    /** The folder of one profile's weekly reports. */
    static Path folderOf(Path reports, long profileId) {
        return reports.resolve("profile-" + profileId);
    }
}
