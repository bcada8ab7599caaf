package org.pulseport.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.pulseport.app.engine.ConnectorRegistry;
import org.pulseport.app.engine.DailyStatsJob;
import org.pulseport.app.engine.DemoData;
import org.pulseport.app.engine.DemoDevice;
import org.pulseport.app.engine.DeviceDrivers;
import org.pulseport.app.engine.DeviceHardware;
import org.pulseport.app.engine.DeviceImportService;
import org.pulseport.app.engine.DeviceService;
import org.pulseport.app.engine.DeviceWatcher;
import org.pulseport.app.engine.Engine;
import org.pulseport.app.engine.JobSchedules;
import org.pulseport.app.engine.LocalSourceCredentials;
import org.pulseport.app.engine.PollingSchedulers;
import org.pulseport.app.engine.ProfileService;
import org.pulseport.app.engine.RetentionCleanup;
import org.pulseport.app.engine.SettingsService;
import org.pulseport.app.engine.StatsFollowUp;
import org.pulseport.app.engine.SyncFollowUp;
import org.pulseport.app.engine.SyncCoordinator;
import org.pulseport.app.engine.SyncPipeline;
import org.pulseport.app.engine.SyncWindowPolicy;
import org.pulseport.app.engine.TrendService;
import org.pulseport.app.engine.WorkQueue;
import org.pulseport.app.engine.WorkQueues;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.DeadLetterRepository;
import org.pulseport.app.store.DeviceRepository;
import org.pulseport.app.store.JobRunRepository;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SampleCleanup;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SchedulerTables;
import org.pulseport.app.store.SettingsRepository;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.SyncEventRepository;

/**
 * The composition root: opens the store and wires the engine's services by hand (constructor injection, no
 * framework). One per running application; closing it stops the engine and closes the database. The engine's
 * schedules only run once {@link #startEngine()} is called (the desktop app and {@code headless} do; one-shot
 * commands do not), and the device watcher only once {@link #startDeviceWatch} is called (the desktop app does).
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
    private final DemoDevice demoDevice;
    private final DeviceDrivers deviceDrivers;
    private final DeviceService devices;
    private final DeviceImportService deviceImports;
    private final DeviceWatcher deviceWatcher;
    private final Engine engine;
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
        AtomicReference<Engine> engineRef = new AtomicReference<>();
        List<SyncFollowUp> followUps = List.of(new StatsFollowUp(dailyStatsStore,
                id -> engineRef.get().requestAggregation(id), clock));
        SyncPipeline pipeline = new SyncPipeline(sources, ConnectorRegistry.installed(), LocalSourceCredentials.withoutCloud(),
                writer, syncEvents, SyncWindowPolicy.DEFAULT, followUps, clock);
        this.engine = new Engine(new Engine.Parts(sources, new SyncCoordinator(pipeline, queues.executor(WorkQueue.SYNC)),
                new SchedulerTables(database.dataSource()), new JobRunRepository(database.dataSource()),
                new DeadLetterRepository(database.dataSource()), dailyStats,
                new RetentionCleanup(new SampleCleanup(database.dataSource()), RetentionCleanup.DEFAULT_RETENTION, clock),
                JobSchedules.resolve(System.getenv(), settings::value), new PollingSchedulers(database.dataSource()),
                database.target().embeddedFile().isPresent(), clock, List.of()));
        engineRef.set(engine);
        this.demoData = new DemoData(profiles, sources, writer, dailyStatsStore, dailyStats, clock);
        this.deviceDrivers = DeviceDrivers.installed();
        this.devices = new DeviceService(new DeviceRepository(database.sessions()), profiles, settings, syncEvents, clock);
        this.deviceImports = new DeviceImportService(deviceDrivers, profiles, new DeviceRepository(database.sessions()),
                sources, writer, samples, syncEvents, followUps, clock, ZoneId.systemDefault(), Duration.ofSeconds(3));
        this.deviceWatcher = new DeviceWatcher(devices, deviceImports, profiles);
        this.demoDevice = new DemoDevice(profiles, devices, deviceImports, sources, dailyStats, clock);
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

    /** Starts watching for devices being plugged in and out (once); the desktop app does, commands do not. */
    public void startDeviceWatch(DeviceHardware hardware) {
        deviceWatcher.start(hardware);
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

    public DemoData demoData() {
        return demoData;
    }

    public DemoDevice demoDevice() {
        return demoDevice;
    }

    public DeviceDrivers deviceDrivers() {
        return deviceDrivers;
    }

    public DeviceService devices() {
        return devices;
    }

    public DeviceImportService deviceImports() {
        return deviceImports;
    }

    public DeviceWatcher deviceWatcher() {
        return deviceWatcher;
    }

    @Override
    public void close() {
        deviceWatcher.close();
        engine.close();
        queues.close();
        database.close();
    }
}
