package org.pulseport.app.store;

/** The rows of the seed's four monitoring queries. */
public final class QueueMonitoring {

    private QueueMonitoring() {
    }

    /** Pending operations by provider, operation and entity type. */
    public record PendingCount(String provider, String operation, String entityType, long pending) {
    }

    /** Pending entries carrying an error, by error type. */
    public record ErrorCount(String errorType, long count) {
    }

    /** Processed operations of the last 24 hours per provider and the share that succeeded (percent, 2 decimals). */
    public record SuccessRate(String provider, long total, long succeeded, double successRate) {
    }
}
