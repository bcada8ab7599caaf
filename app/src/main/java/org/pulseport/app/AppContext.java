package org.pulseport.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.pulseport.app.engine.AnalyticsJob;
import org.pulseport.app.engine.ActivityImporter;
import org.pulseport.app.engine.ActivityLibrary;
import org.pulseport.app.engine.CloudCredentials;
import org.pulseport.app.engine.CloudProviders;
import org.pulseport.app.engine.ConnectionService;
import org.pulseport.app.engine.ConnectionVault;
import org.pulseport.app.engine.ConnectorRegistry;
import org.pulseport.app.engine.DailyStatsReader;
import org.pulseport.app.engine.DailyStatsJob;
import org.pulseport.app.engine.DashboardService;
import org.pulseport.app.engine.DataManagement;
import org.pulseport.app.engine.DeviceAttention;
import org.pulseport.app.engine.DemoActivities;
import org.pulseport.app.engine.DemoData;
import org.pulseport.app.engine.GlucoseReports;
import org.pulseport.app.engine.Insights;
import org.pulseport.app.engine.FitHeadUnitWorkoutWriter;
import org.pulseport.app.engine.HeadUnitSync;
import org.pulseport.app.engine.HeadUnitWatcher;
import org.pulseport.app.engine.DemoDevice;
import org.pulseport.app.engine.DeviceDrivers;
import org.pulseport.app.engine.DeviceHardware;
import org.pulseport.app.engine.DeviceImportService;
import org.pulseport.app.engine.DeviceService;
import org.pulseport.app.engine.DeviceWatcher;
import org.pulseport.app.engine.Engine;
import org.pulseport.app.engine.JobSchedules;
import org.pulseport.app.engine.OAuthClients;
import org.pulseport.app.engine.LocalSourceCredentials;
import org.pulseport.app.engine.PollingSchedulers;
import org.pulseport.app.engine.QueuedTask;
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
import org.pulseport.app.engine.WeeklyReports;
import org.pulseport.app.engine.WorkQueues;
import org.pulseport.app.store.AnalyticsRepository;
import org.pulseport.app.store.ActivityRepository;
import org.pulseport.app.store.ConnectionRepository;
import org.pulseport.app.notify.NotificationService;
import org.pulseport.app.notify.NotifySecrets;
import org.pulseport.app.notify.NotifyServices;
import org.pulseport.app.notify.SystemTrayNotifier;
import org.pulseport.app.notify.webhook.WebhookService;
import org.pulseport.app.engine.workouts.ConnectedDestinationCredentials;
import org.pulseport.app.engine.workouts.ConnectedUploadTargets;
import org.pulseport.app.engine.workouts.DemoWorkouts;
import org.pulseport.app.engine.workouts.MountedHeadUnits;
import org.pulseport.app.engine.workouts.WorkoutDestinations;
import org.pulseport.app.engine.workouts.WorkoutSync;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.DeadLetterRepository;
import org.pulseport.app.store.HeadUnitPairings;
import org.pulseport.app.store.DeviceRepository;
import org.pulseport.app.store.JobRunRepository;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.ProviderRefRepository;
import org.pulseport.app.store.StoreCleanup;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SchedulerTables;
import org.pulseport.app.store.SettingsRepository;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.SyncEventRepository;
import org.pulseport.devices.fit.FitActivityEncoder;
import org.pulseport.devices.fit.FitActivityMapper;
import org.pulseport.devices.fit.FitDecoder;
import org.pulseport.devices.fit.FitProfile;
import org.pulseport.devices.fit.FitWorkoutEncoder;
import org.pulseport.devices.headunit.HeadUnitVolumes;
import org.pulseport.app.store.secret.KeyStorageMode;
import org.pulseport.app.store.secret.OsKeyring;
import org.pulseport.app.store.secret.SealingKeys;
import org.pulseport.app.store.secret.SecretCipher;
import org.pulseport.app.store.UploadTargetRepository;
import org.pulseport.app.store.WorkoutRepository;
import org.pulseport.app.store.WorkoutSyncQueueRepository;
import org.pulseport.providers.ratelimit.KeyedRateLimiter;
import org.pulseport.providers.workouts.CloudWorkoutDestination;
import org.pulseport.providers.ratelimit.RateLimits;

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
    private final GlucoseReports glucoseReports;
    private final Insights insights;
    private final DashboardService dashboard;
    private final DemoDevice demoDevice;
    private final DeviceDrivers deviceDrivers;
    private final DeviceService devices;
    private final DeviceImportService deviceImports;
    private final DeviceWatcher deviceWatcher;
    private final Engine engine;
    private final ActivityImporter activityImporter;
    private final ActivityLibrary activities;
    private final HeadUnitSync headUnits;
    private final HeadUnitWatcher headUnitWatcher;
    private final ConnectionService connections;
    private final NotifyServices notify;
    private final WorkoutSync workoutSync;
    private final DataManagement data;
    private final SealingKeys sealingKeys;
    private final ConnectionVault vault;
    private boolean engineStarted;

    private AppContext(Path dataDirectory, Database database, SealingKeys sealingKeys, Clock clock,
                       Map<String, String> environment) {
        this.dataDirectory = dataDirectory;
        this.sealingKeys = sealingKeys;
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

        ConnectorRegistry connectors = ConnectorRegistry.installed(environment, clock);
        List<CloudWorkoutDestination> cloudDestinations = WorkoutDestinations.cloud(environment, clock);
        CloudProviders providers = new CloudProviders(connectors, cloudDestinations);
        ConnectionRepository connectionStore = new ConnectionRepository(database.sessions());
        this.vault = new ConnectionVault(connectionStore, new SecretCipher(sealingKeys, new SecureRandom()), clock);
        OAuthClients oauth = OAuthClients.standard(clock);
        CloudCredentials cloudCredentials = new CloudCredentials(vault, providers, oauth, clock);
        this.connections = new ConnectionService(sources, connectionStore, vault, providers, oauth, clock);

        this.notify = NotifyServices.create(database, NotifySecrets.inDirectory(dataDirectory.resolve("keys")),
                new SystemTrayNotifier(), (task, instance, data) -> engineRef.get().enqueue(task, instance, data), clock);
        AnalyticsRepository analyticsResults = new AnalyticsRepository(database.dataSource(), database.dialect());
        DailyStatsReader dailyReader = new DailyStatsReader(dailyStatsStore);
        AnalyticsJob analytics = new AnalyticsJob(dailyReader, samples, analyticsResults, profiles,
                List.of((profile, anomalies) -> notify.notifications().notify(profile.id(), anomalies)), clock);
        WeeklyReports weeklyReports = new WeeklyReports(dailyReader, analyticsResults, profiles, settings,
                dataDirectory.resolve("reports"), clock);
        this.glucoseReports = new GlucoseReports(samples, clock);
        this.insights = new Insights(dailyStatsStore, analyticsResults, glucoseReports, clock);

        ActivityRepository activityStore = new ActivityRepository(database.dataSource(), clock);
        this.activityImporter = new ActivityImporter(activityStore, sources, writer, dailyStatsStore,
                id -> engineRef.get().requestAggregation(id), new FitActivityMapper(FitDecoder.standard()), clock);
        this.activities = new ActivityLibrary(activityStore);
        this.data = DataManagement.create(database.dataSource(), dataDirectory, dailyStatsStore, activities, clock);
        HeadUnitPairings pairings = new HeadUnitPairings(database.sessions());
        this.headUnits = new HeadUnitSync(pairings, profiles, sources, activityStore, activityImporter,
                dataDirectory.resolve("staging"), List.of((unit, profile) -> engineRef.get().enqueue(
                        Engine.WORKOUT_SYNC_BATCH, "unit-" + unit.unitId(), unit.kind().code())), clock);
        this.headUnitWatcher = new HeadUnitWatcher(HeadUnitVolumes.standard(), headUnits);
        FitHeadUnitWorkoutWriter workoutWriter = new FitHeadUnitWorkoutWriter(new FitWorkoutEncoder(FitProfile.standard()), clock);

        WorkoutDestinations destinations = WorkoutDestinations.standard(cloudDestinations,
                new MountedHeadUnits(headUnitWatcher::connectedUnits, pairings, workoutWriter));
        this.workoutSync = new WorkoutSync(new WorkoutRepository(database.sessions()),
                new WorkoutSyncQueueRepository(database.dataSource()),
                new ProviderRefRepository(database.dataSource(), database.dialect()),
                new UploadTargetRepository(database.dataSource()),
                table -> new ConnectedUploadTargets(table, connections, destinations.ids()), destinations, new ConnectedDestinationCredentials(sources, cloudCredentials),
                KeyedRateLimiter.system(RateLimits.fromEnvironment(destinations.ids(), environment)),
                WorkoutSync.PARALLEL_GROUPS, clock);

        DeadLetterRepository deadLetters = new DeadLetterRepository(database.dataSource());
        List<SyncFollowUp> followUps = List.of(new StatsFollowUp(dailyStatsStore,
                id -> engineRef.get().requestAggregation(id), clock), notify.syncFollowUp());
        SyncPipeline pipeline = new SyncPipeline(sources, connectors, new LocalSourceCredentials(cloudCredentials),
                writer, syncEvents, SyncWindowPolicy.DEFAULT, followUps, clock);
        List<QueuedTask> featureTasks = new java.util.ArrayList<>(notify.tasks());
        featureTasks.add(workoutSync.batchTask());
        this.engine = new Engine(new Engine.Parts(sources, providers, profiles, new SyncCoordinator(pipeline, queues.executor(WorkQueue.SYNC)),
                new SchedulerTables(database.dataSource()), new JobRunRepository(database.dataSource()),
                deadLetters, dailyStats, analytics::analyze, weeklyReports::writeLastWeek,
                new RetentionCleanup(new StoreCleanup(database.dataSource()), RetentionCleanup.DEFAULT_RETENTION, clock),
                JobSchedules.resolve(environment, settings::value), new PollingSchedulers(database.dataSource()),
                database.target().embeddedFile().isPresent(), clock, featureTasks));
        engineRef.set(engine);
        this.demoData = new DemoData(profiles, sources, writer, dailyStatsStore, dailyStats, analytics::analyze, List.of(
                new DemoWorkouts(workoutSync.service(), clock),
                new DemoActivities(activityImporter, activities, new FitActivityEncoder(FitProfile.standard()),
                        dataDirectory.resolve("staging"), clock)), clock);
        this.deviceDrivers = DeviceDrivers.installed();
        this.devices = new DeviceService(new DeviceRepository(database.sessions()), profiles, settings, syncEvents, clock);
        this.deviceImports = new DeviceImportService(deviceDrivers, profiles, new DeviceRepository(database.sessions()),
                sources, writer, samples, syncEvents, followUps, clock, ZoneId.systemDefault(), Duration.ofSeconds(3));
        this.deviceWatcher = new DeviceWatcher(devices, deviceImports, profiles);
        this.dashboard = new DashboardService(samples, dailyStatsStore, workoutSync.service(), connections, sources,
                deadLetters, new DeviceAttention(devices, deviceWatcher::detected), clock);
        this.demoDevice = new DemoDevice(profiles, devices, deviceImports, sources, dailyStats, analytics::analyze, clock);
    }

    /**
     * Opens the embedded store in a prepared, locked data directory.
     *
     * @throws org.pulseport.app.store.StoreException when the database cannot be used
     */
    public static AppContext open(Path dataDirectory, Clock clock, Consumer<String> progress) {
        return open(dataDirectory, clock, System.getenv(), progress);
    }

    /**
     * Opens the store, configuring providers, schedules and the key storage from {@code environment} instead of the
     * process's.
     *
     * @throws StartupFailure when the key storage setting is not valid
     */
    public static AppContext open(Path dataDirectory, Clock clock, Map<String, String> environment,
                                  Consumer<String> progress) {
        KeyStorageMode keyStorage;
        try {
            keyStorage = KeyStorageMode.configured(environment);
        } catch (IllegalArgumentException e) {
            throw new StartupFailure(e.getMessage(), e);
        }
        SealingKeys keys = SealingKeys.choose(dataDirectory, keyStorage, OsKeyring::connect);
        try {
            return new AppContext(dataDirectory, Database.openEmbedded(dataDirectory, progress), keys, clock,
                    Map.copyOf(environment));
        } catch (RuntimeException e) {
            keys.close();
            throw e;
        }
    }

    /**
     * Starts the recurring jobs and work queues (once), then reseals sign-ins still sealed with an earlier key
     * (which never throws: a sign-in it cannot move stays as it was).
     */
    public synchronized void startEngine() {
        if (!engineStarted) {
            engine.start();
            headUnitWatcher.start();
            engineStarted = true;
            vault.resealStale();
        }
    }

    /** Starts watching for devices being plugged in and out (once); the desktop app does, commands do not. */
    public void startDeviceWatch(DeviceHardware hardware) {
        deviceWatcher.start(hardware);
    }

    /** Where the key that encrypts new connection sign-ins lives, for people to read (never the key). */
    public String connectionKeyStorage() {
        return sealingKeys.current().describe();
    }

    public Path dataDirectory() {
        return dataDirectory;
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

    public DashboardService dashboard() {
        return dashboard;
    }

    public Insights insights() {
        return insights;
    }

    public GlucoseReports glucoseReports() {
        return glucoseReports;
    }

    public Engine engine() {
        return engine;
    }

    public ConnectionService connections() {
        return connections;
    }

    public WorkoutSync workoutSync() {
        return workoutSync;
    }

    /** Backup and restore, a profile's export and deletion. */
    public DataManagement data() {
        return data;
    }

    public DemoData demoData() {
        return demoData;
    }

    public ActivityImporter activityImporter() {
        return activityImporter;
    }

    public ActivityLibrary activities() {
        return activities;
    }

    public HeadUnitSync headUnits() {
        return headUnits;
    }

    public HeadUnitWatcher headUnitWatcher() {
        return headUnitWatcher;
    }

    public NotificationService notifications() {
        return notify.notifications();
    }

    public WebhookService webhooks() {
        return notify.webhooks();
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
        headUnitWatcher.close();
        deviceWatcher.close();
        engine.close();
        workoutSync.close();
        queues.close();
        database.close();
        sealingKeys.close();
    }
}
