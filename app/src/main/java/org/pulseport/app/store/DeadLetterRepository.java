package org.pulseport.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Jobs that failed all their retries, kept until someone retries or discards them. */
public final class DeadLetterRepository {

    /** One dead letter. */
    public record DeadLetter(long id, String queue, String taskName, String taskInstance, String taskData,
                             Instant failedAt, int attempts, String errorCode, String errorMessage, String status) {
    }

    private static final String COLUMNS = "id, queue_name, task_name, task_instance, task_data, failed_at, attempts,"
            + " error_code, error_message, status";

    private final Jdbc jdbc;

    public DeadLetterRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public long add(String queue, String taskName, String taskInstance, String taskData, Instant failedAt, int attempts,
                    String errorCode, String errorMessage) {
        return jdbc.insert("recording a dead letter for " + taskName,
                "INSERT INTO dead_letters (queue_name, task_name, task_instance, task_data, failed_at, attempts, error_code,"
                        + " error_message, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')", s -> {
                    s.setString(1, queue);
                    s.setString(2, taskName);
                    s.setString(3, taskInstance);
                    s.setString(4, Jdbc.truncate(taskData, 4000));
                    Jdbc.setInstant(s, 5, failedAt);
                    s.setInt(6, attempts);
                    s.setString(7, errorCode);
                    s.setString(8, Jdbc.truncate(errorMessage, 2000));
                });
    }

    public List<DeadLetter> open() {
        return jdbc.query("listing dead letters", "SELECT " + COLUMNS + " FROM dead_letters WHERE status = 'open' ORDER BY failed_at DESC",
                s -> { }, DeadLetterRepository::map);
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.query("reading dead letter " + id, "SELECT " + COLUMNS + " FROM dead_letters WHERE id = ?",
                s -> s.setLong(1, id), DeadLetterRepository::map).stream().findFirst();
    }

    /** Marks an open dead letter retried or discarded; false when it was not open. */
    public boolean resolve(long id, String status, Instant at) {
        return jdbc.update("resolving dead letter " + id,
                "UPDATE dead_letters SET status = ?, resolved_at = ? WHERE id = ? AND status = 'open'", s -> {
                    s.setString(1, status);
                    Jdbc.setInstant(s, 2, at);
                    s.setLong(3, id);
                }) == 1;
    }

    private static DeadLetter map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DeadLetter(rs.getLong("id"), rs.getString("queue_name"), rs.getString("task_name"),
                rs.getString("task_instance"), rs.getString("task_data"), Jdbc.instant(rs, "failed_at"),
                rs.getInt("attempts"), rs.getString("error_code"), rs.getString("error_message"), rs.getString("status"));
    }
}
