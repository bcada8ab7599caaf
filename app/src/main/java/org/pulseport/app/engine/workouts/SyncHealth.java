package org.pulseport.app.engine.workouts;

import java.util.List;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueMonitoring;

/**
 * The workout sync queue at one moment, as the seed's four monitoring queries see it: pending operations by
 * provider, operation and entity type; error types of entries still being retried; failed entries (newest first,
 * at most the number asked for); the success rate per provider over the last 24 hours.
 */
public record SyncHealth(List<QueueMonitoring.PendingCount> pending, List<QueueMonitoring.ErrorCount> errorPatterns,
                         List<QueueEntry> failed, List<QueueMonitoring.SuccessRate> successRates) {

    public SyncHealth {
        pending = List.copyOf(pending);
        errorPatterns = List.copyOf(errorPatterns);
        failed = List.copyOf(failed);
        successRates = List.copyOf(successRates);
    }

    /** How many operations wait to run (including those waiting for a retry). */
    public long pendingTotal() {
        return pending.stream().mapToLong(QueueMonitoring.PendingCount::pending).sum();
    }

    /** How many pending operations failed before and wait for a retry. */
    public long retrying() {
        return errorPatterns.stream().mapToLong(QueueMonitoring.ErrorCount::count).sum();
    }
}
