package org.pulseport.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code workout_sync_queue} table (plain JDBC: a queue is read in batches and updated row by row, it has no
 * object lifecycle). Entries are due when pending and their {@code next_retry_at} is empty or past; they are
 * served in creation order.
 */
public final class WorkoutSyncQueueRepository {

    private static final String COLUMNS = "id, profile_id, entity_type, entity_id, operation, provider, retry_count,"
            + " next_retry_at, error_type, error_message, processed_at, created_at, last_attempt_at";

    private final Jdbc jdbc;

    public WorkoutSyncQueueRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * Queues an operation unless the same one is already waiting untried (a second edit before the worker ran
     * needs no second entry); empty when it was already queued.
     */
    public Optional<UUID> enqueue(long profileId, String entityType, UUID entityId, String operation, String provider,
                                  Instant now) {
        boolean waiting = !jdbc.query("checking the queue for " + entityType + " " + entityId,
                "SELECT id FROM workout_sync_queue WHERE entity_type = ? AND entity_id = ? AND provider = ? AND operation = ?"
                        + " AND processed_at IS NULL AND last_attempt_at IS NULL", s -> {
                    s.setString(1, entityType);
                    s.setObject(2, entityId);
                    s.setString(3, provider);
                    s.setString(4, operation);
                }, rs -> rs.getObject(1)).isEmpty();
        if (waiting) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        jdbc.update("queueing " + operation + " of " + entityType + " " + entityId + " for " + provider,
                "INSERT INTO workout_sync_queue (id, profile_id, entity_type, entity_id, operation, provider, retry_count,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)", s -> {
                    s.setObject(1, id);
                    s.setLong(2, profileId);
                    s.setString(3, entityType);
                    s.setObject(4, entityId);
                    s.setString(5, operation);
                    s.setString(6, provider);
                    Jdbc.setInstant(s, 7, now);
                });
        return Optional.of(id);
    }

    /** Pending entries whose time has come, oldest first. */
    public List<QueueEntry> due(Instant now, int limit) {
        return jdbc.query("reading due workout sync entries", "SELECT " + COLUMNS + " FROM workout_sync_queue"
                        + " WHERE processed_at IS NULL AND (next_retry_at IS NULL OR next_retry_at <= ?)"
                        + " ORDER BY created_at, seq FETCH FIRST " + limit + " ROWS ONLY",
                s -> Jdbc.setInstant(s, 1, now), WorkoutSyncQueueRepository::map);
    }

    public Optional<QueueEntry> find(UUID id) {
        return jdbc.query("reading queue entry " + id, "SELECT " + COLUMNS + " FROM workout_sync_queue WHERE id = ?",
                s -> s.setObject(1, id), WorkoutSyncQueueRepository::map).stream().findFirst();
    }

    public void record(UUID id, QueueUpdate update) {
        jdbc.update("recording the attempt of queue entry " + id, "UPDATE workout_sync_queue SET retry_count = ?,"
                + " next_retry_at = ?, error_type = ?, error_message = ?, processed_at = ?, last_attempt_at = ? WHERE id = ?", s -> {
                    s.setInt(1, update.retryCount());
                    Jdbc.setInstant(s, 2, update.nextRetryAt());
                    s.setString(3, update.errorType());
                    s.setString(4, Jdbc.truncate(update.errorMessage(), 2000));
                    Jdbc.setInstant(s, 5, update.processedAt());
                    Jdbc.setInstant(s, 6, update.attemptAt());
                    s.setObject(7, id);
                });
    }

    /** The newest entry of each provider for one entity. */
    public List<QueueEntry> latestPerProvider(String entityType, UUID entityId) {
        return jdbc.query("reading the sync status of " + entityType + " " + entityId, "SELECT " + COLUMNS
                        + " FROM workout_sync_queue q WHERE entity_type = ? AND entity_id = ? AND seq = (SELECT MAX(seq)"
                        + " FROM workout_sync_queue l WHERE l.entity_type = q.entity_type AND l.entity_id = q.entity_id"
                        + " AND l.provider = q.provider) ORDER BY provider", s -> {
                    s.setString(1, entityType);
                    s.setObject(2, entityId);
                }, WorkoutSyncQueueRepository::map);
    }

    public List<QueueMonitoring.PendingCount> pendingCounts(QueueScope scope) {
        return jdbc.query("counting pending workout sync entries", "SELECT provider, operation, entity_type, COUNT(*) AS pending"
                        + " FROM workout_sync_queue WHERE processed_at IS NULL" + scope.condition()
                        + " GROUP BY provider, operation, entity_type"
                        + " ORDER BY provider, operation, entity_type", s -> { },
                rs -> new QueueMonitoring.PendingCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    public List<QueueMonitoring.ErrorCount> errorPatterns(QueueScope scope) {
        return jdbc.query("counting workout sync errors", "SELECT error_type, COUNT(*) AS n FROM workout_sync_queue"
                        + " WHERE processed_at IS NULL AND error_type IS NOT NULL" + scope.condition()
                        + " GROUP BY error_type ORDER BY n DESC, error_type",
                s -> { }, rs -> new QueueMonitoring.ErrorCount(rs.getString(1), rs.getLong(2)));
    }

    /** Entries that failed for good (the seed's query: processed with an error after the retries), newest first. */
    public List<QueueEntry> permanentFailures(QueueScope scope, int limit) {
        return jdbc.query("listing failed workout sync entries", "SELECT " + COLUMNS + " FROM workout_sync_queue"
                        + " WHERE processed_at IS NOT NULL AND error_type IS NOT NULL AND retry_count >= 3" + scope.condition()
                        + " ORDER BY created_at DESC, seq DESC FETCH FIRST " + limit + " ROWS ONLY",
                s -> { }, WorkoutSyncQueueRepository::map);
    }

    /** Every entry processed with an error (permanent failures and non-retried errors), newest first. */
    public List<QueueEntry> failed(QueueScope scope, int limit) {
        return jdbc.query("listing failed workout sync entries", "SELECT " + COLUMNS + " FROM workout_sync_queue"
                        + " WHERE processed_at IS NOT NULL AND error_type IS NOT NULL" + scope.condition()
                        + " ORDER BY created_at DESC, seq DESC FETCH FIRST " + limit + " ROWS ONLY",
                s -> { }, WorkoutSyncQueueRepository::map);
    }

    public List<QueueMonitoring.SuccessRate> successRates(QueueScope scope, Instant since) {
        return jdbc.query("computing workout sync success rates", "SELECT provider, COUNT(*) AS total,"
                        + " SUM(CASE WHEN error_type IS NULL THEN 1 ELSE 0 END) AS succeeded,"
                        + " ROUND(100.0 * SUM(CASE WHEN error_type IS NULL THEN 1 ELSE 0 END) / COUNT(*), 2) AS success_rate"
                        + " FROM workout_sync_queue WHERE processed_at IS NOT NULL AND created_at > ?" + scope.condition()
                        + " GROUP BY provider"
                        + " ORDER BY provider", s -> Jdbc.setInstant(s, 1, since),
                rs -> new QueueMonitoring.SuccessRate(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4)));
    }

    /** Makes a failed entry pending again with a fresh retry budget; false when it is not a failed entry. */
    public boolean retry(UUID id) {
        return jdbc.update("retrying queue entry " + id, "UPDATE workout_sync_queue SET processed_at = NULL,"
                + " retry_count = 0, next_retry_at = NULL, error_type = NULL, error_message = NULL"
                + " WHERE id = ? AND processed_at IS NOT NULL AND error_type IS NOT NULL", s -> s.setObject(1, id)) == 1;
    }

    /** Removes a failed entry; false when it is not a failed entry. */
    public boolean discard(UUID id) {
        return jdbc.update("discarding queue entry " + id, "DELETE FROM workout_sync_queue"
                + " WHERE id = ? AND processed_at IS NOT NULL AND error_type IS NOT NULL", s -> s.setObject(1, id)) == 1;
    }

    /** The entries of one entity, oldest first (its sync history). */
    public List<QueueEntry> history(String entityType, UUID entityId) {
        return jdbc.query("reading the sync history of " + entityType + " " + entityId, "SELECT " + COLUMNS
                        + " FROM workout_sync_queue WHERE entity_type = ? AND entity_id = ? ORDER BY created_at, seq", s -> {
                    s.setString(1, entityType);
                    s.setObject(2, entityId);
                }, WorkoutSyncQueueRepository::map);
    }

    private static QueueEntry map(ResultSet rs) throws SQLException {
        return new QueueEntry(rs.getObject("id", UUID.class), rs.getLong("profile_id"), rs.getString("entity_type"),
                rs.getObject("entity_id", UUID.class), rs.getString("operation"), rs.getString("provider"),
                rs.getInt("retry_count"), Jdbc.instant(rs, "next_retry_at"), rs.getString("error_type"),
                rs.getString("error_message"), Jdbc.instant(rs, "processed_at"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "last_attempt_at"));
    }
}
