package org.pulseport.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

class SampleWriterTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);

    @TempDir
    Path dir;
    private Database db;
    private SampleWriter writer;

    @BeforeEach
    void open() {
        db = Database.openEmbedded(dir, s -> { });
        writer = new SampleWriter(db.dataSource(), db.dialect(), Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Stream<Sample> glucose(int count) {
        return IntStream.range(0, count).mapToObj(i -> Sample.of(1, 2, MetricType.GLUCOSE,
                T0.plus(Duration.ofMinutes(5L * i)), OFFSET, 100 + i % 50).withTrend(GlucoseTrend.FLAT));
    }

    private long rows() throws Exception {
        try (Connection c = db.dataSource().getConnection(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM samples")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void insertsEverySampleOnceAndCountsReingestAsDuplicates() throws Exception {
        IngestResult first = writer.write(glucose(1234));
        assertThat(first.inserted()).isEqualTo(1234);
        assertThat(first.duplicates()).isZero();
        assertThat(first.latestCommitted()).contains(T0.plus(Duration.ofMinutes(5L * 1233)));

        IngestResult again = writer.write(glucose(1300));
        assertThat(again.inserted()).isEqualTo(66);
        assertThat(again.duplicates()).isEqualTo(1234);
        assertThat(rows()).isEqualTo(1300);
    }

    @Test
    void commitsInBatchesOfFiveHundred() {
        List<IngestResult> batches = new ArrayList<>();
        writer.write(glucose(1234), batches::add);
        assertThat(batches).extracting(IngestResult::inserted).containsExactly(500L, 500L, 234L);
    }

    @Test
    void storesEveryFieldFaithfully() throws Exception {
        Sample s = Sample.of(7, 8, MetricType.SLEEP_SCORE, T0.plusNanos(123_456_789), ZoneOffset.ofHoursMinutes(5, 30), 81)
                .withDay(java.time.LocalDate.of(2025, 12, 31));
        writer.write(Stream.of(s));
        try (Connection c = db.dataSource().getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT profile_id, source_id, metric_type, recorded_at, utc_offset_seconds, reading, trend, quality, provider_day FROM samples")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(7);
            assertThat(rs.getLong(2)).isEqualTo(8);
            assertThat(rs.getString(3)).isEqualTo("sleep_score");
            assertThat(rs.getObject(4, java.time.OffsetDateTime.class).toInstant()).isEqualTo(T0.plusNanos(123_456_000));
            assertThat(rs.getInt(5)).isEqualTo(5 * 3600 + 1800);
            assertThat(rs.getDouble(6)).isEqualTo(81);
            assertThat(rs.getString(7)).isNull();
            assertThat(rs.getString(8)).isNull();
            assertThat(rs.getObject(9, java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
        }
        assertThat(writer.write(Stream.of(s)).duplicates()).isEqualTo(1);
    }

    @Test
    void duplicatesInsideOneBatchAreStoredOnce() throws Exception {
        IngestResult result = writer.write(Stream.concat(glucose(10), glucose(10)));
        assertThat(result.inserted()).isEqualTo(10);
        assertThat(result.duplicates()).isEqualTo(10);
        assertThat(rows()).isEqualTo(10);
    }

    @Test
    void invalidSamplesAreRejectedAloneWithAReason() throws Exception {
        Sample wrongUnit = new Sample(1, 2, MetricType.GLUCOSE, T0, OFFSET, 5.5, "mmol/L",
                Optional.empty(), Optional.empty(), Optional.empty());
        Sample notANumber = Sample.of(1, 2, MetricType.GLUCOSE, T0.plusSeconds(60), OFFSET, Double.NaN);
        Sample future = Sample.of(1, 2, MetricType.GLUCOSE, Instant.parse("2027-01-01T00:00:00Z"), OFFSET, 100);
        Sample noProfile = Sample.of(0, 2, MetricType.GLUCOSE, T0, OFFSET, 100);
        IngestResult result = writer.write(Stream.concat(Stream.of(wrongUnit, notANumber, future, noProfile), glucose(3)));
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(4);
        assertThat(result.rejections()).extracting(IngestResult.Rejection::reason).containsExactly(
                "unit 'mmol/L' is not the canonical unit 'mg/dL' of glucose",
                "value is not a finite number",
                "timestamp 2027-01-01T00:00:00Z is more than a day in the future",
                "no profile or source assigned");
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void aRowCommittedByAnotherWriterBetweenLookupAndInsertIsNeitherDuplicatedNorLost() throws Exception {
        List<Sample> samples = glucose(20).toList();
        try (Connection other = db.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (var insert = other.prepareStatement("INSERT INTO samples (profile_id, source_id, metric_type, recorded_at,"
                    + " utc_offset_seconds, reading) VALUES (1, 2, 'glucose', ?, 3600, 1)")) {
                insert.setObject(1, SampleWriter.utc(samples.get(7).recordedAt()));
                insert.executeUpdate();
            }
            var ours = java.util.concurrent.CompletableFuture.supplyAsync(() -> writer.write(samples.stream()));
            // Our lookup cannot see the uncommitted row, so our INSERT waits on its lock; commit only then.
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::ourInsertIsWaiting);
            other.commit();
            IngestResult result = ours.get();
            assertThat(result.inserted()).isEqualTo(19);
            assertThat(result.duplicates()).isEqualTo(1);
        }
        assertThat(rows()).isEqualTo(20);
    }

    private boolean ourInsertIsWaiting() throws Exception {
        try (Connection c = db.dataSource().getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM information_schema.sessions WHERE executing_statement LIKE 'INSERT INTO samples%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    @Test
    void aFailureMidStreamKeepsCommittedBatchesAndTheRerunCompletesWithoutDuplicates() throws Exception {
        List<Sample> all = glucose(1200).toList();
        Iterator<Sample> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < all.size();
            }

            @Override
            public Sample next() {
                if (next == 700) {
                    throw new IllegalStateException("connection dropped");
                }
                return all.get(next++);
            }
        };
        List<IngestResult> committed = new ArrayList<>();
        assertThatThrownBy(() -> writer.write(failing, committed::add)).hasMessage("connection dropped");
        assertThat(committed).hasSize(1);
        assertThat(rows()).isEqualTo(500);
        Instant committedUpTo = committed.get(0).latestCommitted().orElseThrow();
        assertThat(committedUpTo).isEqualTo(all.get(499).recordedAt());

        IngestResult resumed = writer.write(all.stream().filter(s -> !s.recordedAt().isBefore(committedUpTo.minus(Duration.ofHours(1)))));
        assertThat(rows()).isEqualTo(1200);
        assertThat(resumed.inserted()).isEqualTo(700);
        assertThat(resumed.duplicates()).isEqualTo(13);
    }
}
