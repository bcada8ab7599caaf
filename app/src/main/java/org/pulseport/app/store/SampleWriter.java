package org.pulseport.app.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.pulseport.core.model.Sample;

/**
 * Idempotent bulk ingest of samples: consumes any stream in batches of {@value #BATCH_SIZE}, one transaction
 * per batch, and never stores a sample twice.
 *
 * <p>Per batch it reads which keys of the batch's time range are already stored (one indexed range query per
 * profile, source and metric), inserts the rest with a plain batched INSERT, and, only if a concurrent writer
 * slipped a row in between (a unique-key violation), redoes that batch with the dialect's insert-if-absent
 * statement (standard {@code MERGE} on H2, {@code ON CONFLICT DO NOTHING} on PostgreSQL). Invalid samples are
 * rejected with a reason; the rest of the batch is kept. A crash loses at most the uncommitted batch.
 */
public final class SampleWriter {

    public static final int BATCH_SIZE = 500;

    static final List<String> COLUMNS = List.of("profile_id", "source_id", "metric_type", "recorded_at",
            "utc_offset_seconds", "reading", "trend", "quality", "provider_day");
    static final List<String> KEY = List.of("profile_id", "source_id", "metric_type", "recorded_at");

    private static final String INSERT = "INSERT INTO samples (" + String.join(", ", COLUMNS)
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String EXISTING = "SELECT recorded_at FROM samples WHERE profile_id = ? AND source_id = ?"
            + " AND metric_type = ? AND recorded_at >= ? AND recorded_at <= ?";

    private final DataSource dataSource;
    private final String insertIfAbsent;
    private final Clock clock;

    public SampleWriter(DataSource dataSource, SqlDialect dialect, Clock clock) {
        this.dataSource = dataSource;
        this.insertIfAbsent = dialect.insertIfAbsent("samples", COLUMNS, KEY);
        this.clock = clock;
    }

    /** Writes all samples of the stream, closing it at the end. */
    public IngestResult write(Stream<Sample> samples) {
        return write(samples, batch -> { });
    }

    /**
     * Writes all samples of the stream, closing it at the end; {@code afterCommit} sees each committed batch's
     * result (for progress and for advancing a source's last-synced mark only over committed data).
     */
    public IngestResult write(Stream<Sample> samples, Consumer<IngestResult> afterCommit) {
        try (samples) {
            return write(samples.iterator(), afterCommit);
        }
    }

    public IngestResult write(Iterator<Sample> samples, Consumer<IngestResult> afterCommit) {
        IngestResult total = IngestResult.EMPTY;
        List<Sample> batch = new ArrayList<>(BATCH_SIZE);
        while (samples.hasNext()) {
            batch.add(samples.next());
            if (batch.size() == BATCH_SIZE) {
                total = total.plus(commitBatch(batch, afterCommit));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            total = total.plus(commitBatch(batch, afterCommit));
        }
        return total;
    }

    private IngestResult commitBatch(List<Sample> batch, Consumer<IngestResult> afterCommit) {
        IngestResult result = writeBatch(batch);
        afterCommit.accept(result);
        return result;
    }

    /** Writes one batch in one transaction. */
    IngestResult writeBatch(List<Sample> batch) {
        List<IngestResult.Rejection> rejections = new ArrayList<>();
        Map<SampleKey, Sample> unique = new LinkedHashMap<>();
        long duplicates = 0;
        Instant now = clock.instant();
        for (Sample sample : batch) {
            Optional<String> problem = SampleValidation.problem(sample, now);
            if (problem.isPresent()) {
                rejections.add(new IngestResult.Rejection(sample, problem.get()));
            } else if (unique.putIfAbsent(SampleKey.of(sample), sample) != null) {
                duplicates++;
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Sample> fresh = withoutStored(c, unique);
                duplicates += unique.size() - fresh.size();
                long inserted = insertFresh(c, fresh);
                duplicates += fresh.size() - inserted;
                c.commit();
                Optional<Instant> latest = unique.keySet().stream().map(SampleKey::recordedAt).max(Instant::compareTo);
                return new IngestResult(inserted, duplicates, rejections.size(), capped(rejections), latest);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IngestException("Could not store a batch of " + batch.size() + " samples: " + e.getMessage(), e);
        }
    }

    private static List<IngestResult.Rejection> capped(List<IngestResult.Rejection> rejections) {
        return rejections.size() <= IngestResult.MAX_KEPT_REJECTIONS ? rejections
                : rejections.subList(0, IngestResult.MAX_KEPT_REJECTIONS);
    }

    /** The batch's samples whose keys are not stored yet. */
    private static List<Sample> withoutStored(Connection c, Map<SampleKey, Sample> unique) throws SQLException {
        Map<SeriesKey, List<SampleKey>> bySeries = new LinkedHashMap<>();
        for (SampleKey key : unique.keySet()) {
            bySeries.computeIfAbsent(key.series(), k -> new ArrayList<>()).add(key);
        }
        Set<SampleKey> stored = new HashSet<>();
        try (PreparedStatement query = c.prepareStatement(EXISTING)) {
            for (Map.Entry<SeriesKey, List<SampleKey>> series : bySeries.entrySet()) {
                SeriesKey s = series.getKey();
                Instant min = series.getValue().stream().map(SampleKey::recordedAt).min(Instant::compareTo).orElseThrow();
                Instant max = series.getValue().stream().map(SampleKey::recordedAt).max(Instant::compareTo).orElseThrow();
                query.setLong(1, s.profileId());
                query.setLong(2, s.sourceId());
                query.setString(3, s.metricCode());
                query.setObject(4, utc(min));
                query.setObject(5, utc(max));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
                        stored.add(new SampleKey(s, at));
                    }
                }
            }
        }
        List<Sample> fresh = new ArrayList<>(unique.size());
        unique.forEach((key, sample) -> {
            if (!stored.contains(key)) {
                fresh.add(sample);
            }
        });
        return fresh;
    }

    /** Inserts the samples; returns how many rows were actually added. */
    private long insertFresh(Connection c, List<Sample> fresh) throws SQLException {
        if (fresh.isEmpty()) {
            return 0;
        }
        var savepoint = c.setSavepoint();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            addAll(insert, fresh);
            insert.executeBatch();
            return fresh.size();
        } catch (BatchUpdateException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            c.rollback(savepoint);
            return insertIfAbsent(c, fresh);
        }
    }

    /** The slow, always-safe path used when another writer stored some of the same keys concurrently. */
    private long insertIfAbsent(Connection c, List<Sample> samples) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement(insertIfAbsent)) {
            addAll(merge, samples);
            long inserted = 0;
            for (int count : merge.executeBatch()) {
                inserted += count > 0 ? 1 : 0;
            }
            return inserted;
        }
    }

    private static void addAll(PreparedStatement statement, List<Sample> samples) throws SQLException {
        for (Sample s : samples) {
            statement.setLong(1, s.profileId());
            statement.setLong(2, s.sourceId());
            statement.setString(3, s.metric().code());
            statement.setObject(4, utc(SampleKey.normalized(s.recordedAt())));
            statement.setInt(5, s.utcOffset().getTotalSeconds());
            statement.setDouble(6, s.value());
            setNullable(statement, 7, s.trend().map(Enum::name));
            setNullable(statement, 8, s.quality().map(Enum::name));
            if (s.day().isPresent()) {
                statement.setObject(9, s.day().get());
            } else {
                statement.setNull(9, Types.DATE);
            }
            statement.addBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The series part of the idempotency key. */
    record SeriesKey(long profileId, long sourceId, String metricCode) {
    }

    /** The idempotency key: series plus the instant at the store's microsecond precision. */
    record SampleKey(SeriesKey series, Instant recordedAt) {
        static SampleKey of(Sample s) {
            return new SampleKey(new SeriesKey(s.profileId(), s.sourceId(), s.metric().code()), normalized(s.recordedAt()));
        }

        static Instant normalized(Instant at) {
            return at.truncatedTo(ChronoUnit.MICROS);
        }
    }
}
