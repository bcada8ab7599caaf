package org.pulseport.app.engine.workouts;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueMonitoring;
import org.pulseport.app.store.QueueScope;
import org.pulseport.app.store.WorkoutSyncQueueRepository;

/** Sync status per entity and the seed's monitoring queries, plus retry and discard of failed entries. */
public final class WorkoutSyncMonitor {

    private final WorkoutSyncQueueRepository queue;
    private final Clock clock;

    public WorkoutSyncMonitor(WorkoutSyncQueueRepository queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /** The status at one provider; empty when the entity was never queued for it ("not synced"). */
    public Optional<SyncStatus> getSyncStatus(SyncEntity entity, UUID id, String provider) {
        return getAllSyncStatuses(entity, id).values().stream().filter(s -> s.provider().equals(provider)).findFirst();
    }

    /** The status at every provider the entity was queued for, by provider id. */
    public Map<String, SyncStatus> getAllSyncStatuses(SyncEntity entity, UUID id) {
        Map<String, SyncStatus> statuses = new LinkedHashMap<>();
        for (QueueEntry entry : queue.latestPerProvider(entity.code(), id)) {
            statuses.put(entry.provider(), status(entry));
        }
        return statuses;
    }

    /** The four monitoring queries at once, with at most {@code failedLimit} failed entries. */
    public SyncHealth health(QueueScope scope, int failedLimit) {
        return new SyncHealth(pending(scope), errorPatterns(scope), failed(scope, failedLimit), successRates(scope));
    }

    public List<QueueMonitoring.PendingCount> pending(QueueScope scope) {
        return queue.pendingCounts(scope);
    }

    public List<QueueMonitoring.ErrorCount> errorPatterns(QueueScope scope) {
        return queue.errorPatterns(scope);
    }

    public List<QueueEntry> permanentFailures(QueueScope scope, int limit) {
        return queue.permanentFailures(scope, limit);
    }

    /** Every failed entry (permanent failures, auth errors, records not found), newest first. */
    public List<QueueEntry> failed(QueueScope scope, int limit) {
        return queue.failed(scope, limit);
    }

    public List<QueueMonitoring.SuccessRate> successRates(QueueScope scope) {
        return queue.successRates(scope, clock.instant().minus(Duration.ofHours(24)));
    }

    public boolean retry(UUID entryId) {
        return queue.retry(entryId);
    }

    public boolean discard(UUID entryId) {
        return queue.discard(entryId);
    }

    static SyncStatus status(QueueEntry entry) {
        boolean pending = entry.pending();
        boolean failed = !pending && entry.errorType() != null;
        return new SyncStatus(entry.provider(), !pending && !failed, pending, failed, entry.errorType(),
                entry.errorMessage(), entry.lastAttemptAt(), entry.retryCount());
    }
}
