package org.pulseport.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
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
import org.pulseport.app.engine.workouts.BatchReport;
import org.pulseport.app.engine.workouts.SyncEntity;
import org.pulseport.app.engine.workouts.WorkoutDestinations;
import org.pulseport.app.engine.workouts.WorkoutSync;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.ProviderRefRepository;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.app.store.UploadTargetRepository;
import org.pulseport.app.store.WorkoutRepository;
import org.pulseport.app.store.WorkoutSyncQueueRepository;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.core.workout.sync.WorkoutPush;
import org.pulseport.providers.garmin.GarminDestination;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.ratelimit.KeyedRateLimiter;
import org.pulseport.providers.ratelimit.RateLimit;
import org.pulseport.providers.ratelimit.RateLimits;
import org.pulseport.providers.trainingpeaks.TrainingPeaksDestination;
import org.pulseport.providers.wahoo.WahooDestination;
import org.pulseport.app.engine.workouts.StepSyntax;

/**
 * One workout sync batch of 10,200 queued operations (100 profiles × 34 scheduled workouts × 3 providers) on a
 * fresh H2 store. {@code rate-limited}: the real Wahoo, TrainingPeaks and Garmin destinations against three local
 * mock servers, with the limit scaled from 30 requests per minute to 30 per second per (profile, provider) so a run
 * takes seconds, not hours; the lower bound those limits allow is printed at tear-down. {@code engine-only}:
 * destinations that answer at once without HTTP and no limit, so the time per entry is the queue's own overhead
 * (reading, provider references, recording the outcome).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class WorkoutQueueBenchmark {

    static final int PROFILES = 100;
    static final int SCHEDULES_PER_PROFILE = 34;
    static final List<String> PROVIDERS = List.of(WahooDestination.ID, TrainingPeaksDestination.ID, GarminDestination.ID);
    static final RateLimit SCALED = new RateLimit(30, Duration.ofSeconds(1));
    static final int PARALLEL_GROUPS = 64;

    @Param({"rate-limited", "engine-only"})
    public String mode;

    private final List<MockWebServer> servers = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private Path dir;
    private Database db;
    private WorkoutSync sync;

    @Setup(Level.Iteration)
    public void fill() throws IOException {
        dir = Files.createTempDirectory("workout-queue-bench");
        db = Database.openEmbedded(dir, step -> { });
        WorkoutRepository workouts = new WorkoutRepository(db.sessions());
        WorkoutSyncQueueRepository queue = new WorkoutSyncQueueRepository(db.dataSource());
        boolean limited = mode.equals("rate-limited");
        RateLimit limit = limited ? SCALED : new RateLimit(1_000_000, Duration.ofSeconds(1));
        sync = new WorkoutSync(workouts, queue, new ProviderRefRepository(db.dataSource(), db.dialect()),
                new UploadTargetRepository(db.dataSource()), targets -> targets, new WorkoutDestinations(limited ? cloud() : instant()),
                (profile, provider) -> Optional.of(new Credentials.OAuthTokens("bench-token", null, null)),
                KeyedRateLimiter.system(new RateLimits(limit, Map.of(), Duration.ofMinutes(5))), PARALLEL_GROUPS,
                Clock.systemUTC());
        Workout workout = new Workout("Threshold", Sport.CYCLING,
                StepSyntax.parse("warmup 10min @50-65%ftp; 4x(8min @95-105%ftp, rest 2min); cooldown 10min"));
        ProfileRepository profiles = new ProfileRepository(db.sessions());
        Instant now = Instant.now();
        for (int p = 0; p < PROFILES; p++) {
            long profileId = profiles.create("athlete-" + p, ZoneId.of("Europe/Vienna"), now).id();
            StoredWorkout stored = workouts.create(profileId, workout, now);
            for (int s = 0; s < SCHEDULES_PER_PROFILE; s++) {
                UUID schedule = workouts.schedule(profileId, stored.id(),
                        ZonedDateTime.of(2024, 3, 1, 7, 0, 0, 0, ZoneId.of("Europe/Vienna")).plusDays(s), now).id();
                for (String provider : PROVIDERS) {
                    queue.enqueue(profileId, SyncEntity.SCHEDULED_WORKOUT.code(), schedule, "create", provider, now);
                }
            }
        }
        requests.set(0);
    }

    @Benchmark
    public BatchReport batch() {
        BatchReport report = sync.syncNow();
        if (report.succeeded() != PROFILES * SCHEDULES_PER_PROFILE * PROVIDERS.size()) {
            throw new IllegalStateException("not every operation succeeded: " + report);
        }
        return report;
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        if (mode.equals("rate-limited")) {
            System.out.printf("%n%d HTTP requests; lower bound of the scaled limits: %s%n", requests.get(), lowerBound());
        }
        sync.close();
        db.close();
        for (MockWebServer server : servers) {
            server.shutdown();
        }
        servers.clear();
    }

    /**
     * The least time the limits allow: per (profile, provider) the requests beyond the bucket's capacity arrive
     * one refill interval apart; keys run in parallel, so the busiest key bounds the batch, and with a fixed pool
     * the summed waits divided by its size do too.
     */
    private String lowerBound() {
        double perSecond = SCALED.requests() / (double) SCALED.period().toSeconds();
        int[] perKey = {SCHEDULES_PER_PROFILE + 2, 2 * SCHEDULES_PER_PROFILE, SCHEDULES_PER_PROFILE + 1};
        double busiest = 0;
        double summed = 0;
        for (int requestsOfKey : perKey) {
            double wait = Math.max(0, requestsOfKey - SCALED.requests()) / perSecond;
            busiest = Math.max(busiest, wait);
            summed += wait * PROFILES;
        }
        return String.format("busiest key %.2f s, pool of %d %.2f s", busiest, PARALLEL_GROUPS, summed / PARALLEL_GROUPS);
    }

    private List<WorkoutDestination> cloud() {
        HttpTimeouts timeouts = HttpTimeouts.of(Duration.ofSeconds(30));
        return List.of(WahooDestination.at(start(), timeouts, Clock.systemUTC()),
                TrainingPeaksDestination.at(start(), timeouts, Clock.systemUTC()),
                GarminDestination.at(start(), timeouts, Clock.systemUTC()));
    }

    private String start() {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int id = requests.incrementAndGet();
                String body = request.getMethod().equals("GET") && request.getPath().startsWith("/v1/plans") ? "[]"
                        : "{\"id\": " + id + ", \"Id\": " + id + ", \"workoutId\": " + id + ", \"workoutScheduleId\": " + id + "}";
                return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        servers.add(server);
        return server.url("/").toString().replaceAll("/$", "");
    }

    private static List<WorkoutDestination> instant() {
        List<WorkoutDestination> destinations = new ArrayList<>();
        for (String id : PROVIDERS) {
            destinations.add(new WorkoutDestination() {
                private final AtomicInteger ids = new AtomicInteger();

                public String id() {
                    return id;
                }

                public String displayName() {
                    return id;
                }

                public DestinationResult syncWorkout(DestinationCall call, WorkoutPush push) {
                    return new DestinationResult.Synced(String.valueOf(ids.incrementAndGet()));
                }

                public DestinationResult syncScheduledWorkout(DestinationCall call, SchedulePush push) {
                    return new DestinationResult.Synced(String.valueOf(ids.incrementAndGet()));
                }

                public DestinationResult deleteWorkout(DestinationCall call, String remoteId) {
                    return new DestinationResult.Deleted();
                }

                public DestinationResult deleteScheduledWorkout(DestinationCall call, String remoteId) {
                    return new DestinationResult.Deleted();
                }
            });
        }
        return destinations;
    }
}
