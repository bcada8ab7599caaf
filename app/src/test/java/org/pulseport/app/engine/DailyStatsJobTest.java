package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.DailyStatsRepository.Row;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sample;

class DailyStatsJobTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private DailyStatsRepository stats;
    private DailyStatsJob job;
    private SampleWriter writer;
    private Profile ann;

    @BeforeEach
    void open() {
        db = Database.openEmbedded(dir, step -> { });
        stats = new DailyStatsRepository(db.dataSource(), db.dialect());
        ProfileRepository profiles = new ProfileRepository(db.sessions());
        ann = profiles.create("Ann", VIENNA, CLOCK.instant());
        job = new DailyStatsJob(stats, new SampleQueries(db.dataSource()), new ProfileService(profiles, CLOCK), CLOCK);
        writer = new SampleWriter(db.dataSource(), db.dialect(), CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void restingHeartRate(LocalDate day, double value) {
        restingHeartRate(day, 7, value);
    }

    private void restingHeartRate(LocalDate day, int hour, double value) {
        Instant at = day.atTime(hour, 0).atZone(VIENNA).toInstant();
        writer.write(Stream.of(Sample.of(ann.id(), 1, MetricType.RESTING_HEART_RATE, at, VIENNA.getRules().getOffset(at), value)
                .withDay(day)));
    }

    private void glucose(Instant at, double value) {
        writer.write(Stream.of(Sample.of(ann.id(), 2, MetricType.GLUCOSE, at, VIENNA.getRules().getOffset(at), value)));
    }

    @Test
    void computesDailyValuesAndRollingAveragesForTheTouchedRangeOnly() {
        LocalDate first = LocalDate.of(2026, 3, 1);
        for (int i = 0; i < 10; i++) {
            restingHeartRate(first.plusDays(i), 50 + i);
        }
        stats.markPending(ann.id(), first.atStartOfDay(VIENNA).toInstant(), first.plusDays(10).atStartOfDay(VIENNA).toInstant(),
                CLOCK.instant());
        assertThat(job.aggregateAll().rows()).isEqualTo(10);
        assertThat(stats.pending()).isEmpty();
        List<Row> rows = stats.read(ann.id(), MetricType.RESTING_HEART_RATE, first, first.plusDays(20));
        assertThat(rows).hasSize(10);
        Row tenth = rows.get(9);
        assertThat(tenth.average()).isEqualTo(59);
        assertThat(tenth.count()).isEqualTo(1);
        assertThat(tenth.rolling7()).isCloseTo((53 + 54 + 55 + 56 + 57 + 58 + 59) / 7.0, within(1e-9));
        assertThat(tenth.rolling30()).isCloseTo(54.5, within(1e-9));

        restingHeartRate(first.plusDays(2), 19, 80);
        stats.markPending(ann.id(), first.plusDays(2).atTime(18, 0).atZone(VIENNA).toInstant(),
                first.plusDays(2).atTime(20, 0).atZone(VIENNA).toInstant(), CLOCK.instant());
        job.aggregateAll();
        List<Row> after = stats.read(ann.id(), MetricType.RESTING_HEART_RATE, first, first.plusDays(20));
        assertThat(after.get(2).average()).isEqualTo(66);
        assertThat(after.get(2).count()).isEqualTo(2);
        assertThat(after.get(9).rolling7()).isCloseTo((53 + 54 + 55 + 56 + 57 + 58 + 59) / 7.0, within(1e-9));
        assertThat(after.get(9).rolling30()).isCloseTo((545 - 52 + 66) / 10.0, within(1e-9));
        assertThat(after.get(0).rolling30()).isEqualTo(50);
    }

    @Test
    void continuousReadingsAreGroupedByTheProfilesLocalDayAcrossDaylightSavingTime() {
        Instant halfPastMidnightAfterSpringForward = Instant.parse("2026-03-29T22:30:00Z");
        glucose(Instant.parse("2026-03-28T23:30:00Z"), 100);
        glucose(Instant.parse("2026-03-29T00:30:00Z"), 200);
        glucose(halfPastMidnightAfterSpringForward, 150);
        stats.markPending(ann.id(), Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z"), CLOCK.instant());
        job.aggregateAll();
        List<Row> rows = stats.read(ann.id(), MetricType.GLUCOSE, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30));
        assertThat(rows).extracting(Row::day).containsExactly(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30));
        assertThat(rows.get(0).average()).isEqualTo(150);
        assertThat(rows.get(0).min()).isEqualTo(100);
        assertThat(rows.get(0).max()).isEqualTo(200);
        assertThat(rows.get(1).average()).isEqualTo(150);
    }

    @Test
    void dailyStatisticsOutliveTheRawSamplesCleanup() {
        LocalDate day = LocalDate.of(2025, 11, 1);
        restingHeartRate(day, 55);
        stats.markPending(ann.id(), day.atStartOfDay(VIENNA).toInstant(), day.plusDays(1).atStartOfDay(VIENNA).toInstant(), CLOCK.instant());
        job.aggregateAll();
        RetentionCleanup cleanup = new RetentionCleanup(new org.pulseport.app.store.StoreCleanup(db.dataSource()),
                RetentionCleanup.DEFAULT_RETENTION, CLOCK);
        assertThat(cleanup.run().expired()).isEqualTo(1);
        assertThat(stats.read(ann.id(), MetricType.RESTING_HEART_RATE, day, day)).singleElement()
                .satisfies(row -> assertThat(row.average()).isEqualTo(55));
    }
}
