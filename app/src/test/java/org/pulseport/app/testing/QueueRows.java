package org.pulseport.app.testing;

import java.nio.file.Path;

/**
 * Writes entries straight into the {@code workout_sync_queue} of a data directory, each a minute newer than the
 * one before and all within the last two hours: the monitoring views' test data.
 */
public final class QueueRows {

    private final Path dir;
    private final long profileId;
    private int written;

    public QueueRows(Path dir, long profileId) {
        this.dir = dir;
        this.profileId = profileId;
    }

    /** An entry not tried yet. */
    public QueueRows pending(String provider, String entityType, String operation) {
        return insert(provider, entityType, operation, 0, "NULL", null, null, false);
    }

    /** A pending entry that failed {@code retries} times and waits for its next try. */
    public QueueRows retrying(String provider, String errorType, String message, int retries) {
        return insert(provider, "workout", "update", retries, "DATEADD('MINUTE', 10, CURRENT_TIMESTAMP)", errorType,
                message, false);
    }

    /** An entry processed with an error: a permanent failure after 3 retries, or an error never retried. */
    public QueueRows failed(String provider, String operation, String errorType, String message, int retries) {
        return insert(provider, "workout", operation, retries, "NULL", errorType, message, true);
    }

    /** {@code count} entries processed without an error. */
    public QueueRows succeeded(String provider, int count) {
        for (int i = 0; i < count; i++) {
            insert(provider, "workout", "create", 0, "NULL", null, null, true);
        }
        return this;
    }

    private QueueRows insert(String provider, String entityType, String operation, int retries, String nextRetry,
                             String errorType, String message, boolean processed) {
        String created = "DATEADD('MINUTE', " + (written++ - 120) + ", CURRENT_TIMESTAMP)";
        StoredSecrets.update(dir, "INSERT INTO workout_sync_queue (id, profile_id, entity_type, entity_id, operation,"
                + " provider, retry_count, next_retry_at, error_type, error_message, processed_at, created_at,"
                + " last_attempt_at) VALUES (RANDOM_UUID(), " + profileId + ", '" + entityType + "', RANDOM_UUID(), '"
                + operation + "', '" + provider + "', " + retries + ", " + nextRetry + ", " + quoted(errorType) + ", "
                + quoted(message) + ", " + (processed ? created : "NULL") + ", " + created + ", "
                + (retries > 0 || processed ? created : "NULL") + ")");
        return this;
    }

    private static String quoted(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
