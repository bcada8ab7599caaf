package org.pulseport.app.engine.workouts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.WorkoutSyncQueueRepository;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.workout.sync.DestinationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the due queue entries in one batch: oldest first, grouped by (profile, provider); groups run side by side on
 * the worker's executor, the entries of one group strictly one after the other (the provider sees one client). A
 * rate-limited entry ends its group's turn: the rest stay due for the next batch. One batch runs at a time; a
 * second caller ("Sync now" during the scheduled run) waits for it and then runs its own.
 */
public final class WorkoutSyncWorker {

    /** Entries per batch; the rest wait for the next one. */
    public static final int BATCH_LIMIT = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(WorkoutSyncWorker.class);

    private record GroupKey(long profileId, String provider) {
    }

    private final WorkoutSyncQueueRepository queue;
    private final WorkoutSyncProcessor processor;
    private final RetryPolicy policy;
    private final ExecutorService executor;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    public WorkoutSyncWorker(WorkoutSyncQueueRepository queue, WorkoutSyncProcessor processor, RetryPolicy policy,
                             ExecutorService executor, Clock clock) {
        this.queue = queue;
        this.processor = processor;
        this.policy = policy;
        this.executor = executor;
        this.clock = clock;
    }

    public BatchReport runBatch() {
        running.lock();
        try {
            LOG.info("Starting scheduled workout batch sync...");
            Map<GroupKey, List<QueueEntry>> groups = new LinkedHashMap<>();
            for (QueueEntry entry : queue.due(clock.instant(), BATCH_LIMIT)) {
                groups.computeIfAbsent(new GroupKey(entry.profileId(), entry.provider()), k -> new ArrayList<>()).add(entry);
            }
            List<CompletableFuture<BatchReport>> runs = groups.values().stream()
                    .map(group -> CompletableFuture.supplyAsync(() -> runGroup(group), executor)).toList();
            BatchReport report = runs.stream().map(CompletableFuture::join)
                    .reduce(new BatchReport(0, 0, 0, 0), BatchReport::plus);
            LOG.info("Batch sync complete: {} operations ({} succeeded, {} failed)", report.operations(),
                    report.succeeded(), report.failed());
            if (report.waiting() > 0) {
                LOG.info("{} operations wait for a head unit to be connected", report.waiting());
            }
            return report;
        } finally {
            running.unlock();
        }
    }

    private BatchReport runGroup(List<QueueEntry> group) {
        BatchReport report = new BatchReport(0, 0, 0, 0);
        for (QueueEntry entry : group) {
            DestinationResult result = processor.process(entry);
            queue.record(entry.id(), policy.after(entry, result, clock.instant()));
            if (result instanceof DestinationResult.Waiting) {
                report = report.plus(new BatchReport(0, 0, 0, 1));
                continue;
            }
            boolean failed = result instanceof DestinationResult.Failed;
            report = report.plus(new BatchReport(1, failed ? 0 : 1, failed ? 1 : 0, 0));
            if (failed && ((DestinationResult.Failed) result).error() instanceof PulseportError.RateLimited) {
                LOG.error("Rate limit hit for queue entry {}: {}", entry.id(), ((DestinationResult.Failed) result).error().detail());
                break;
            }
        }
        return report;
    }
}
