package org.pulseport.app.engine;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.DeadLetterRepository;
import org.pulseport.app.store.JobRunRepository;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.StoreCleanup;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SchedulerTables;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.SyncEventRepository;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

/**
 * A real store in a temporary directory, manually driven schedulers on a settable clock, and scripted
 * connectors: the engine exactly as the app wires it, with time and the outside world under the test's control.
 */
final class EngineFixture implements AutoCloseable {

    final SettableClock schedulerClock = new SettableClock();
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return schedulerClock.now();
        }
    };
    final Database db;
    final SourceRepository sources;
    final SyncEventRepository events;
    final JobRunRepository runs;
    final DeadLetterRepository deadLetters;
    final ScriptedConnector cgm = new ScriptedConnector("dexcom", MetricType.GLUCOSE);
    final ScriptedConnector wearable = new ScriptedConnector("oura", MetricType.SLEEP_SCORE, MetricType.RESTING_HEART_RATE);
    final List<ManualScheduler> schedulers = new ArrayList<>();
    final ExecutorService syncThreads = Executors.newFixedThreadPool(16);
    final long profileId;
    int aggregations;
    final List<Long> analyzed = new ArrayList<>();
    final List<Long> reported = new ArrayList<>();
    private Engine engine;

    EngineFixture(Path dir, Instant start) {
        schedulerClock.set(start);
        db = Database.openEmbedded(dir, step -> { });
        sources = new SourceRepository(db.sessions());
        events = new SyncEventRepository(db.dataSource());
        runs = new JobRunRepository(db.dataSource());
        deadLetters = new DeadLetterRepository(db.dataSource());
        profileId = new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("Europe/Vienna"), start).id();
    }

    SourceEntity source(String connectorId, String externalId) {
        return source(SourceKind.DEVICE, connectorId, externalId);
    }

    SourceEntity source(SourceKind kind, String connectorId, String externalId) {
        return sources.findOrCreate(profileId, kind, connectorId, externalId, connectorId + " " + externalId,
                clock.instant());
    }

    /** A new engine (closing the previous one: a restart) with only the given recurring jobs switched on. */
    Engine newEngine(CredentialsProvider credentials, RecurringJob... scheduledJobs) {
        if (engine != null) {
            engine.close();
        }
        schedulers.clear();
        ConnectorRegistry connectors = new ConnectorRegistry(List.of(cgm, wearable));
        SyncPipeline pipeline = new SyncPipeline(sources, connectors, credentials,
                new SampleWriter(db.dataSource(), db.dialect(), clock), events, SyncWindowPolicy.DEFAULT, List.of(), clock);
        SyncCoordinator coordinator = new SyncCoordinator(pipeline, syncThreads);
        SchedulerFactory manual = (String table, int threads, List<Task<?>> tasks, List<RecurringTask<?>> recurring) -> {
            TestHelper.ManualSchedulerBuilder builder = TestHelper.createManualScheduler(db.dataSource(), tasks)
                    .clock(schedulerClock).startTasks(recurring);
            builder.tableName(table);
            builder.serializer(new Utf8Serializer());
            ManualScheduler scheduler = builder.build();
            schedulers.add(scheduler);
            return scheduler;
        };
        engine = new Engine(new Engine.Parts(sources, new CloudProviders(connectors, List.of()), new ProfileService(new ProfileRepository(db.sessions()), clock), coordinator,
                new SchedulerTables(db.dataSource()), runs, deadLetters,
                () -> new DailyAggregator.Result(++aggregations, java.util.Set.of(profileId)), analyzed::add, reported::add,
                new RetentionCleanup(new StoreCleanup(db.dataSource()), Duration.ofDays(90), clock),
                schedules(scheduledJobs), manual, true, clock, List.of()));
        return engine;
    }

    Engine newEngine(RecurringJob... scheduledJobs) {
        return newEngine(LocalSourceCredentials.withoutCloud(), scheduledJobs);
    }

    /** The current engine, created without recurring jobs if there is none yet. */
    Engine engine() {
        return engine != null ? engine : newEngine();
    }

    private static java.util.Map<RecurringJob, JobSchedule> schedules(RecurringJob... on) {
        java.util.Map<RecurringJob, JobSchedule> schedules = JobSchedules.resolve(java.util.Map.of(), key -> java.util.Optional.empty());
        for (RecurringJob job : RecurringJob.values()) {
            if (!java.util.Arrays.asList(on).contains(job)) {
                schedules.put(job, JobSchedule.parse("off"));
            }
        }
        return schedules;
    }

    /** Runs every due job on every queue until nothing more is due (jobs may queue further jobs). */
    void runDueJobs() {
        for (int round = 0; round < 10; round++) {
            schedulers.forEach(ManualScheduler::runAnyDueExecutions);
        }
    }

    void advance(Duration duration) {
        schedulerClock.set(schedulerClock.now().plus(duration));
    }

    /** 5-minute glucose readings for the source over the request's window. */
    static Stream<Sample> glucoseFor(FetchRequest request) {
        long first = request.window().from().getEpochSecond() / 300 + 1;
        long last = request.window().to().getEpochSecond() / 300;
        return IntStream.rangeClosed(0, (int) (last - first)).mapToObj(i -> Sample.of(request.source().profileId(),
                request.source().sourceId(), MetricType.GLUCOSE, Instant.ofEpochSecond((first + i) * 300),
                ZoneOffset.ofHours(1), 100 + i % 60));
    }

    long sampleRows() throws Exception {
        try (Connection c = db.dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM samples")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long jobRuns(String jobName) {
        return runs.recent(1000).stream().filter(r -> r.jobName().equals(jobName)).count();
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
        syncThreads.shutdownNow();
        db.close();
    }
}
