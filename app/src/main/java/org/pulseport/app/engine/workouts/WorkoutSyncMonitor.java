package org.pulseport.app.engine.workouts;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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

    /**
     * The four monitoring queries at once, with at most {@code failedLimit} failed entries. Here and below,
     * {@code profileId} limits them to one profile's entries; empty means every profile's.
     */
    public SyncHealth health(OptionalLong profileId, int failedLimit) {
        return new SyncHealth(pending(profileId), errorPatterns(profileId), failed(profileId, failedLimit),
                successRates(profileId));
    }

    public List<QueueMonitoring.PendingCount> pending(OptionalLong profileId) {
        return queue.pendingCounts(scope(profileId));
    }

    public List<QueueMonitoring.ErrorCount> errorPatterns(OptionalLong profileId) {
        return queue.errorPatterns(scope(profileId));
    }

    public List<QueueEntry> permanentFailures(OptionalLong profileId, int limit) {
        return queue.permanentFailures(scope(profileId), limit);
    }

    /** Every failed entry (permanent failures, auth errors, records not found), newest first. */
    public List<QueueEntry> failed(OptionalLong profileId, int limit) {
        return queue.failed(scope(profileId), limit);
    }

    public List<QueueMonitoring.SuccessRate> successRates(OptionalLong profileId) {
        return queue.successRates(scope(profileId), clock.instant().minus(Duration.ofHours(24)));
    }

    private static QueueScope scope(OptionalLong profileId) {
        return profileId.isPresent() ? QueueScope.profile(profileId.getAsLong()) : QueueScope.ALL_PROFILES;
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
