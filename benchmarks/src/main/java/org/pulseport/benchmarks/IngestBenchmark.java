package org.pulseport.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.IngestResult;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

/**
 * Idempotent ingest (SampleWriter) of N glucose-like samples into the keyed samples table, measured side by side
 * with a plain batched INSERT into an identical table without the unique key, a MERGE-for-every-row variant, and
 * the re-ingest of the same N samples (all duplicates). Every iteration starts from a fresh embedded database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class IngestBenchmark {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int SOURCES = 10;
    private static final List<String> COLUMNS = List.of("profile_id", "source_id", "metric_type", "recorded_at",
            "utc_offset_seconds", "reading", "trend", "quality", "provider_day");

    @Param("1000000")
    public int samples;

    private Path directory;
    private Database database;
    private SampleWriter writer;

    @Setup(Level.Iteration)
    public void openFreshDatabase() throws Exception {
        directory = Files.createTempDirectory("pulseport-ingest-bench");
        database = Database.openEmbedded(directory, step -> { });
        writer = new SampleWriter(database.dataSource(), database.dialect(), Clock.systemUTC());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE samples_plain AS SELECT * FROM samples WITH NO DATA");
        }
    }

    /** Prepares the re-ingest case: the same samples already stored. */
    @Setup(Level.Iteration)
    public void storeOnceForReingest(org.openjdk.jmh.infra.BenchmarkParams params) {
        if (params.getBenchmark().endsWith("reingestAllDuplicates")) {
            writer.write(generate());
        }
    }

    @TearDown(Level.Iteration)
    public void deleteDatabase() throws IOException {
        database.close();
        TempDirectories.delete(directory);
    }

    /** N samples: 10 sources with 5-minute readings, as a CGM export or a year-long backfill produces them. */
    Stream<Sample> generate() {
        long perSource = samples / SOURCES;
        return LongStream.range(0, samples).mapToObj(i -> {
            long source = 1 + i / perSource;
            long slot = i % perSource;
            return Sample.of(1, source, MetricType.GLUCOSE, START.plus(Duration.ofMinutes(5 * slot)), ZoneOffset.ofHours(1),
                    80 + (slot * 37 % 140)).withTrend(GlucoseTrend.FLAT);
        });
    }

    @Benchmark
    public IngestResult idempotentIngest() {
        return writer.write(generate());
    }

    @Benchmark
    public IngestResult reingestAllDuplicates() {
        return writer.write(generate());
    }

    @Benchmark
    public long plainInsertWithoutKey() throws SQLException {
        String insert = "INSERT INTO samples_plain (" + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return batched(insert);
    }

    @Benchmark
    public long mergeEveryRow() throws SQLException {
        return batched(database.dialect().insertIfAbsent("samples", COLUMNS, List.of("profile_id", "source_id",
                "metric_type", "recorded_at")));
    }

    /** Batches of 500 rows, one transaction per batch, like the writer. */
    private long batched(String sql) throws SQLException {
        long rows = 0;
        Iterator<Sample> it = generate().iterator();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                int inBatch = 0;
                while (it.hasNext()) {
                    bind(statement, it.next());
                    if (++inBatch == SampleWriter.BATCH_SIZE || !it.hasNext()) {
                        for (int count : statement.executeBatch()) {
                            rows += count;
                        }
                        c.commit();
                        inBatch = 0;
                    }
                }
            }
            c.setAutoCommit(true);
        }
        return rows;
    }

    private static void bind(PreparedStatement statement, Sample s) throws SQLException {
        statement.setLong(1, s.profileId());
        statement.setLong(2, s.sourceId());
        statement.setString(3, s.metric().code());
        statement.setObject(4, OffsetDateTime.ofInstant(s.recordedAt(), ZoneOffset.UTC));
        statement.setInt(5, s.utcOffset().getTotalSeconds());
        statement.setDouble(6, s.value());
        statement.setString(7, s.trend().map(Enum::name).orElse(null));
        statement.setString(8, null);
        statement.setObject(9, null);
        statement.addBatch();
    }
}
