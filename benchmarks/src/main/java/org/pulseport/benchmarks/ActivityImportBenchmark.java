package org.pulseport.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.pulseport.app.engine.ActivityImportResult;
import org.pulseport.app.engine.ActivityImporter;
import org.pulseport.app.store.ActivityRepository;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.devices.fit.FitActivityMapper;
import org.pulseport.devices.fit.FitDecoder;

/**
 * Import throughput of FIT activities into the embedded store, on the same two inputs as
 * {@link FitDecodeBenchmark}: {@code importFile} is the whole {@link ActivityImporter} path (read, hash, decode,
 * minute-mean samples, one transaction for summary, laps and compressed streams), each invocation into a fresh
 * profile so nothing is deduplicated; {@code readStreams} reads a stored activity's streams back (what a chart
 * needs). The {@code bytes} and {@code records} counters give MB/s and records/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@State(Scope.Benchmark)
public class ActivityImportBenchmark {

    private static final String DEFAULT_FILE = "../shared/fixtures/fit/activity-large-fenxi2-multisport.fit";

    @Param({"largest-corpus-file", "synthetic-6h-ride"})
    public String input;

    private Path directory;
    private Path file;
    private long fileBytes;
    private Database database;
    private ActivityImporter importer;
    private ActivityRepository activities;
    private ProfileRepository profiles;
    private SourceRepository sources;
    private long profileId;
    private long sourceId;
    private long storedActivity;
    private int storedRecords;
    private int profileCount;

    /** Bytes and records imported or read, reported by JMH as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Moved {
        public long bytes;
        public long records;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            records = 0;
        }
    }

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("pulseport-activity-bench");
        file = directory.resolve(input + ".fit");
        Files.write(file, input.equals("synthetic-6h-ride") ? SyntheticRide.fitFile()
                : Files.readAllBytes(Path.of(System.getProperty("pulseport.fit.file", DEFAULT_FILE))));
        fileBytes = Files.size(file);
        database = Database.openEmbedded(directory.resolve("data"), step -> { });
        Clock clock = Clock.systemUTC();
        activities = new ActivityRepository(database.dataSource(), clock);
        profiles = new ProfileRepository(database.sessions());
        sources = new SourceRepository(database.sessions());
        importer = new ActivityImporter(activities, sources, new SampleWriter(database.dataSource(), database.dialect(), clock),
                new DailyStatsRepository(database.dataSource(), database.dialect()), id -> { },
                new FitActivityMapper(FitDecoder.standard()), clock);
        newProfile();
        ActivityImportResult.Imported stored = (ActivityImportResult.Imported) importer.importFile(profileId, sourceId, file);
        storedActivity = stored.activityId();
        storedRecords = stored.records();
    }

    /** A profile of its own for every import, so the file is never a duplicate. */
    @Setup(Level.Invocation)
    public void newProfile() {
        profileId = profiles.create("p" + profileCount++, ZoneId.of("UTC"), Instant.now()).id();
        sourceId = sources.findOrCreate(profileId, SourceKind.FILE, ActivityImporter.FILE_CONNECTOR, "files", "FIT files",
                Instant.now()).getId();
    }

    @Benchmark
    public long importFile(Moved moved) {
        ActivityImportResult.Imported result = (ActivityImportResult.Imported) importer.importFile(profileId, sourceId, file);
        moved.bytes += fileBytes;
        moved.records += result.records();
        return result.activityId();
    }

    @Benchmark
    public int readStreams(Moved moved) {
        int size = activities.streams(storedActivity).size();
        moved.records += storedRecords;
        return size;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        TempDirectories.delete(directory);
    }
}
