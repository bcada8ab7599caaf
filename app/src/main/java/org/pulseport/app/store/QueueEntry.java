package org.pulseport.app.store;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code workout_sync_queue}; {@code processedAt == null} means pending. */
public record QueueEntry(UUID id, long profileId, String entityType, UUID entityId, String operation, String provider,
                         int retryCount, Instant nextRetryAt, String errorType, String errorMessage,
                         Instant processedAt, Instant createdAt, Instant lastAttemptAt) {

    public boolean pending() {
        return processedAt == null;
    }
}
