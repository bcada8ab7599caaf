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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import org.pulseport.app.engine.ConnectorRegistry;
import org.pulseport.app.engine.LocalSourceCredentials;
import org.pulseport.app.engine.SyncCoordinator;
import org.pulseport.app.engine.SyncPipeline;
import org.pulseport.app.engine.SyncReport;
import org.pulseport.app.engine.SyncTrigger;
import org.pulseport.app.engine.SyncWindowPolicy;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.SyncEventRepository;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.sandbox.SandboxConnector;

/**
 * The whole sync pipeline (first sync of a year of 5-minute sandbox glucose plus daily wearable metrics for every
 * profile, through the coordinator at the sync queue's concurrency of 5) side by side with the raw ingest rate:
 * the same sandbox samples written by a plain batched INSERT into a keyless copy of the table. Both generate the
 * samples with the sandbox connector, so the ratio is what the pipeline (idempotent key, audit trail, windows,
 * concurrency) costs over bare inserts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class PipelineBenchmark {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Param("100")
    public int profiles;

    private Path directory;
    private Database database;
    private ExecutorService executor;
    private SyncCoordinator coordinator;
    private final List<Long> sourceIds = new ArrayList<>();

    @Setup(Level.Iteration)
    public void createProfiles() throws Exception {
        directory = Files.createTempDirectory("pulseport-pipeline-bench");
        database = Database.openEmbedded(directory, step -> { });
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ProfileRepository profileRepository = new ProfileRepository(database.sessions());
        SourceRepository sources = new SourceRepository(database.sessions());
        sourceIds.clear();
        for (int i = 0; i < profiles; i++) {
            long profile = profileRepository.create("P" + i, ZONE, NOW).id();
            sourceIds.add(sources.findOrCreate(profile, SourceKind.SANDBOX, "sandbox", "bench", "Sandbox", NOW).getId());
        }
        SyncPipeline pipeline = new SyncPipeline(sources, new ConnectorRegistry(List.of(new SandboxConnector(ZONE))),
                LocalSourceCredentials.withoutCloud(), new SampleWriter(database.dataSource(), database.dialect(), clock),
                new SyncEventRepository(database.dataSource()),
                new SyncWindowPolicy(Duration.ofDays(365), Duration.ofHours(30), Duration.ofHours(1)), List.of(), clock);
        executor = Executors.newFixedThreadPool(5);
        coordinator = new SyncCoordinator(pipeline, executor);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE samples_plain AS SELECT * FROM samples WITH NO DATA");
        }
    }

    @TearDown(Level.Iteration)
    public void deleteDatabase() throws IOException {
        executor.shutdownNow();
        database.close();
        TempDirectories.delete(directory);
    }

    /** First sync of every profile's sandbox source through the pipeline; returns the samples stored. */
    @Benchmark
    public long pipelineFirstSync() {
        List<CompletableFuture<SyncReport>> syncs = sourceIds.stream()
                .map(id -> coordinator.sync(id, SyncTrigger.INITIAL)).toList();
        return syncs.stream().mapToLong(f -> f.join().counts().inserted()).sum();
    }

    /** The same samples from the same connector, plain INSERT into a keyless table, batches of 500. */
    @Benchmark
    public long rawInsertSameSamples() throws SQLException {
        SandboxConnector connector = new SandboxConnector(ZONE);
        SyncWindow year = new SyncWindow(NOW.minus(Duration.ofDays(365)), NOW);
        long rows = 0;
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO samples_plain (profile_id, source_id, metric_type,"
                     + " recorded_at, utc_offset_seconds, reading, trend, quality, provider_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (long sourceId : sourceIds) {
                Iterator<Sample> it = connector.fetch(new FetchRequest(new SourceRef(sourceId, sourceId),
                        new Credentials.None(), year)).iterator();
                int inBatch = 0;
                while (it.hasNext()) {
                    bind(insert, it.next());
                    rows++;
                    if (++inBatch == SampleWriter.BATCH_SIZE || !it.hasNext()) {
                        insert.executeBatch();
                        c.commit();
                        inBatch = 0;
                    }
                }
            }
            c.setAutoCommit(true);
        }
        return rows;
    }

    private static void bind(PreparedStatement s, Sample sample) throws SQLException {
        s.setLong(1, sample.profileId());
        s.setLong(2, sample.sourceId());
        s.setString(3, sample.metric().code());
        s.setObject(4, OffsetDateTime.ofInstant(sample.recordedAt(), ZoneOffset.UTC));
        s.setInt(5, sample.utcOffset().getTotalSeconds());
        s.setDouble(6, sample.value());
        s.setString(7, sample.trend().map(Enum::name).orElse(null));
        s.setString(8, null);
        s.setObject(9, sample.day().orElse(null));
        s.addBatch();
    }
}
