package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.store.AnalyticsRepository;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SettingsRepository;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.sandbox.SandboxConnector;

class AnalyticsJobTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private Profile ann;
    private AnalyticsRepository results;
    private AnalyticsJob job;
    private SampleWriter writer;
    private DailyStatsJob dailyStats;
    private DailyStatsRepository statsStore;
    private ProfileService profiles;
    private final List<List<Anomaly>> notified = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.openEmbedded(dir, step -> { });
        profiles = new ProfileService(new ProfileRepository(db.sessions()), CLOCK);
        ann = profiles.ensure("Ann", ZONE);
        results = new AnalyticsRepository(db.dataSource(), db.dialect());
        SampleQueries samples = new SampleQueries(db.dataSource());
        statsStore = new DailyStatsRepository(db.dataSource(), db.dialect());
        dailyStats = new DailyStatsJob(statsStore, samples, profiles, CLOCK);
        job = new AnalyticsJob(new DailyStatsReader(statsStore), samples, results, profiles,
                List.of((profile, anomalies) -> notified.add(anomalies)), CLOCK);
        writer = new SampleWriter(db.dataSource(), db.dialect(), CLOCK);
        SyncWindow ninetyDays = new SyncWindow(NOW.minus(Duration.ofDays(90)), NOW);
        writer.write(new SandboxConnector(ZONE, 11).fetch(new FetchRequest(new SourceRef(ann.id(), 1), new Credentials.None(), ninetyDays)));
        statsStore.markPending(ann.id(), ninetyDays.from(), ninetyDays.to(), NOW);
        dailyStats.aggregateAll();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void computesScoresAndCorrelationsFromDailyStatistics() {
        AnalyticsJob.Result result = job.analyze(ann.id());
        assertThat(result.scores()).isEqualTo(AnalyticsJob.SCORED_DAYS * 5);
        assertThat(results.latestScores(ann.id())).extracting(AnalyticsRepository.ScoreRow::kind)
                .containsExactlyInAnyOrder("SLEEP", "ACTIVITY", "CARDIO", "RECOVERY", "OVERALL");
        assertThat(results.latestScores(ann.id())).allSatisfy(score -> {
            assertThat(score.score()).isBetween(0.0, 100.0);
            assertThat(score.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(results.correlations(ann.id())).hasSize(result.correlations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.pairedDays()).isGreaterThanOrEqualTo(10);
            assertThat(c.pearson()).isBetween(-1.0, 1.0);
            assertThat(c.spearmanP()).isBetween(0.0, 1.0);
        });
        assertThat(results.correlations(ann.id())).anySatisfy(c -> {
            assertThat(List.of(c.first(), c.second())).containsExactlyInAnyOrder(MetricType.SLEEP_SCORE, MetricType.READINESS_SCORE);
            assertThat(c.pearson()).isGreaterThan(0.5);
        });
    }

    @Test
    void aSustainedLowIsStoredOnceAndNotifiedOnce() {
        Profile bea = profiles.ensure("Bea", ZONE);
        Instant start = NOW.minus(Duration.ofHours(3));
        writer.write(IntStream.range(0, 8).mapToObj(i -> Sample.of(bea.id(), 2, MetricType.GLUCOSE,
                start.plus(Duration.ofMinutes(5L * i)), ZoneOffset.ofHours(2), i < 6 ? 48 : 110)));
        AnalyticsJob.Result first = job.analyze(bea.id());
        assertThat(first.newAnomalies()).anySatisfy(a -> {
            assertThat(a.category()).isEqualTo(AnomalyCategory.GLUCOSE_URGENT_LOW);
            assertThat(a.start()).isEqualTo(start);
        });
        assertThat(job.analyze(bea.id()).newAnomalies()).isEmpty();
        assertThat(notified).hasSize(1);
        assertThat(results.recentAnomalies(bea.id(), 50)).filteredOn(a -> a.category().equals("GLUCOSE_URGENT_LOW"))
                .singleElement().satisfies(a -> assertThat(a.observed()).isEqualTo(48));
    }

    @Test
    void writesTheWeeklyReportAsPdfIntoTheReportsFolder() throws Exception {
        job.analyze(ann.id());
        WeeklyReports reports = new WeeklyReports(new DailyStatsReader(statsStore), results, profiles,
                new SettingsService(new SettingsRepository(db.dataSource(), db.dialect())), dir.resolve("reports"), CLOCK);
        Path file = reports.writeLastWeek(ann.id());
        assertThat(file).isEqualTo(dir.resolve("reports/profile-" + ann.id() + "/week-2026-05-11.pdf"));
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
        try (var document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Ann", "11 May 2026");
        }
    }
}
