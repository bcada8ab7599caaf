package org.pulseport.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.pulseport.app.engine.ConnectorRegistry;
import org.pulseport.app.engine.DailyStatsJob;
import org.pulseport.app.engine.DemoData;
import org.pulseport.app.engine.Engine;
import org.pulseport.app.engine.JobSchedules;
import org.pulseport.app.engine.LocalSourceCredentials;
import org.pulseport.app.engine.PollingSchedulers;
import org.pulseport.app.engine.ProfileService;
import org.pulseport.app.engine.RetentionCleanup;
import org.pulseport.app.engine.SettingsService;
import org.pulseport.app.engine.StatsFollowUp;
import org.pulseport.app.engine.SyncCoordinator;
import org.pulseport.app.engine.SyncPipeline;
import org.pulseport.app.engine.SyncWindowPolicy;
import org.pulseport.app.engine.TrendService;
import org.pulseport.app.engine.WorkQueue;
import org.pulseport.app.engine.WorkQueues;
import org.pulseport.app.engine.workouts.DestinationCredentials;
import org.pulseport.app.engine.workouts.HeadUnitWorkoutWriter;
import org.pulseport.app.engine.workouts.WorkoutDestinations;
import org.pulseport.app.engine.workouts.WorkoutSync;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.DeadLetterRepository;
import org.pulseport.app.store.JobRunRepository;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.ProviderRefRepository;
import org.pulseport.app.store.SampleCleanup;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SchedulerTables;
import org.pulseport.app.store.SettingsRepository;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.SyncEventRepository;
import org.pulseport.app.store.UploadTargetRepository;
import org.pulseport.app.store.WorkoutRepository;
import org.pulseport.app.store.WorkoutSyncQueueRepository;
import org.pulseport.providers.ratelimit.KeyedRateLimiter;
import org.pulseport.providers.ratelimit.RateLimits;

/**
 * The composition root: opens the store and wires the engine's services by hand (constructor injection, no
 * framework). One per running application; closing it stops the engine and closes the database. The engine's
 * schedules only run once {@link #startEngine()} is called (the desktop app and {@code headless} do; one-shot
 * commands do not).
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDirectory;
    private final Database database;
    private final WorkQueues queues;
    private final ProfileService profiles;
    private final SettingsService settings;
    private final TrendService trends;
    private final SourceRepository sources;
    private final SyncEventRepository syncEvents;
    private final DailyStatsRepository dailyStatsStore;
    private final DailyStatsJob dailyStats;
    private final DemoData demoData;
    private final Engine engine;
    private final WorkoutSync workoutSync;
    private boolean engineStarted;

    private AppContext(Path dataDirectory, Database database, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.queues = new WorkQueues();
        this.profiles = new ProfileService(new ProfileRepository(database.sessions()), clock);
        this.settings = new SettingsService(new SettingsRepository(database.dataSource(), database.dialect()));
        SampleQueries samples = new SampleQueries(database.dataSource());
        this.trends = new TrendService(samples, clock);
        this.sources = new SourceRepository(database.sessions());
        this.syncEvents = new SyncEventRepository(database.dataSource());
        SampleWriter writer = new SampleWriter(database.dataSource(), database.dialect(), clock);
        this.dailyStatsStore = new DailyStatsRepository(database.dataSource(), database.dialect());
        this.dailyStats = new DailyStatsJob(dailyStatsStore, samples, profiles, clock);
        WorkoutDestinations destinations = WorkoutDestinations.standard(HeadUnitWorkoutWriter.none());
        this.workoutSync = new WorkoutSync(new WorkoutRepository(database.sessions()),
                new WorkoutSyncQueueRepository(database.dataSource()),
                new ProviderRefRepository(database.dataSource(), database.dialect()),
                new UploadTargetRepository(database.dataSource()), destinations, DestinationCredentials.headUnitsOnly(),
                KeyedRateLimiter.system(RateLimits.fromEnvironment(destinations.ids(), System.getenv())),
                WorkoutSync.PARALLEL_GROUPS, clock);
        AtomicReference<Engine> engineRef = new AtomicReference<>();
        SyncPipeline pipeline = new SyncPipeline(sources, ConnectorRegistry.installed(), LocalSourceCredentials.withoutCloud(),
                writer, syncEvents, SyncWindowPolicy.DEFAULT,
                List.of(new StatsFollowUp(dailyStatsStore, id -> engineRef.get().requestAggregation(id), clock)), clock);
        this.engine = new Engine(new Engine.Parts(sources, new SyncCoordinator(pipeline, queues.executor(WorkQueue.SYNC)),
                new SchedulerTables(database.dataSource()), new JobRunRepository(database.dataSource()),
                new DeadLetterRepository(database.dataSource()), dailyStats,
                new RetentionCleanup(new SampleCleanup(database.dataSource()), RetentionCleanup.DEFAULT_RETENTION, clock),
                JobSchedules.resolve(System.getenv(), settings::value), new PollingSchedulers(database.dataSource()),
                database.target().embeddedFile().isPresent(), clock, List.of(workoutSync.batchTask())));
        engineRef.set(engine);
        this.demoData = new DemoData(profiles, sources, writer, dailyStatsStore, dailyStats, clock);
    }

    /**
     * Opens the embedded store in a prepared, locked data directory.
     *
     * @throws org.pulseport.app.store.StoreException when the database cannot be used
     */
    public static AppContext open(Path dataDirectory, Clock clock, Consumer<String> progress) {
        return new AppContext(dataDirectory, Database.openEmbedded(dataDirectory, progress), clock);
    }

    /** Starts the recurring jobs and work queues (once). */
    public synchronized void startEngine() {
        if (!engineStarted) {
            engine.start();
            engineStarted = true;
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public WorkQueues queues() {
        return queues;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public SettingsService settings() {
        return settings;
    }

    public TrendService trends() {
        return trends;
    }

    public SourceRepository sources() {
        return sources;
    }

    public SyncEventRepository syncEvents() {
        return syncEvents;
    }

    public DailyStatsRepository dailyStatsStore() {
        return dailyStatsStore;
    }

    public DailyStatsJob dailyStats() {
        return dailyStats;
    }

    public Engine engine() {
        return engine;
    }

    public WorkoutSync workoutSync() {
        return workoutSync;
    }

    public DemoData demoData() {
        return demoData;
    }

    @Override
    public void close() {
        engine.close();
        workoutSync.close();
        queues.close();
        database.close();
    }
}
