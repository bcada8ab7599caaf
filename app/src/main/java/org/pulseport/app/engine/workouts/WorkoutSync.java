package org.pulseport.app.engine.workouts;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pulseport.app.engine.Engine;
import org.pulseport.app.engine.QueuedTask;
import org.pulseport.app.engine.TaskOutcome;
import org.pulseport.app.engine.WorkQueue;
import org.pulseport.app.engine.WorkQueues;
import org.pulseport.app.store.ProviderRefRepository;
import org.pulseport.app.store.UploadTargetRepository;
import org.pulseport.app.store.WorkoutRepository;
import org.pulseport.app.store.WorkoutSyncQueueRepository;
import org.pulseport.providers.ratelimit.KeyedRateLimiter;

/**
 * The workout sync feature wired together: editing ({@link #service()}), status and monitoring
 * ({@link #monitor()}), the batch worker with its own small pool ({@link #syncNow()}) and the queued job the
 * engine's {@code workoutSyncQueue} schedule starts ({@link #batchTask()}).
 */
public final class WorkoutSync implements AutoCloseable {

    /** Groups of (profile, provider) processed side by side in one batch. */
    public static final int PARALLEL_GROUPS = 4;

    private final WorkoutService service;
    private final WorkoutSyncMonitor monitor;
    private final WorkoutSyncWorker worker;
    private final TableUploadTargets targets;
    private final UploadTargets enabledTargets;
    private final WorkoutDestinations destinations;
    private final ExecutorService executor;

    /**
     * The workout sync; {@code enabledTargets} adds other sources of "upload enabled" (the cloud connections) to
     * the table of enabled destinations.
     */
    public WorkoutSync(WorkoutRepository workouts, WorkoutSyncQueueRepository queue, ProviderRefRepository refs,
                       UploadTargetRepository uploadTargets, java.util.function.UnaryOperator<UploadTargets> enabledTargets,
                       WorkoutDestinations destinations, DestinationCredentials credentials, KeyedRateLimiter limiter,
                       int parallelGroups, Clock clock) {
        this.destinations = destinations;
        this.targets = new TableUploadTargets(uploadTargets);
        this.enabledTargets = enabledTargets.apply(targets);
        this.service = new WorkoutService(workouts, queue, refs, this.enabledTargets, clock);
        this.monitor = new WorkoutSyncMonitor(queue, clock);
        this.executor = Executors.newFixedThreadPool(parallelGroups, WorkQueues.namedDaemons("pulseport-workouts"));
        WorkoutSyncProcessor processor = new WorkoutSyncProcessor(workouts, refs, destinations, credentials,
                limiter::permits, clock);
        this.worker = new WorkoutSyncWorker(queue, processor, new RetryPolicy(), executor, clock);
    }

    public WorkoutService service() {
        return service;
    }

    public WorkoutSyncMonitor monitor() {
        return monitor;
    }

    /** The head units (and, in tests, any destination) a profile enables in the upload-target table. */
    public TableUploadTargets targets() {
        return targets;
    }

    /** Every destination a profile's workouts are queued for now: head units and switched-on connections. */
    public Set<String> uploadsOf(long profileId) {
        return enabledTargets.enabledProviders(profileId);
    }

    public WorkoutDestinations destinations() {
        return destinations;
    }

    /** "Sync now": runs a batch on the caller's thread (waiting for one already running) and reports it. */
    public BatchReport syncNow() {
        return worker.runBatch();
    }

    /** The queued job kind the engine runs every WORKOUT_SYNC_INTERVAL_MINUTES. */
    public QueuedTask batchTask() {
        return new QueuedTask(WorkQueue.SYNC, Engine.WORKOUT_SYNC_BATCH, data -> {
            worker.runBatch();
            return TaskOutcome.done();
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
