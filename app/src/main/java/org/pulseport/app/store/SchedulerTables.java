package org.pulseport.app.store;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Maintenance of the job scheduler's tables that the scheduler library does not do itself.
 */
public final class SchedulerTables {

    /** The db-scheduler table of the recurring jobs; each work queue has its own {@code queue_<name>} table. */
    public static final String RECURRING = "scheduled_tasks";

    private final Jdbc jdbc;

    public SchedulerTables(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** The table a work queue's jobs live in. */
    public static String queueTable(String queue) {
        return "queue_" + queue;
    }

    /**
     * Releases executions left "picked" by a process that died, so they run again at once. Only safe when this
     * process owns the database exclusively (the embedded store behind the instance lock).
     *
     * @return how many executions were released
     */
    public int releaseOrphans(List<String> tables, Instant now) {
        int released = 0;
        for (String table : tables) {
            released += jdbc.update("releasing interrupted jobs in " + table, "UPDATE " + table
                    + " SET picked = FALSE, picked_by = NULL, last_heartbeat = NULL, execution_time = ?, version = version + 1"
                    + " WHERE picked = TRUE", s -> Jdbc.setInstant(s, 1, now));
        }
        return released;
    }

    /** How many executions of a task wait or run in a table. */
    public long pending(String table, String taskName) {
        return jdbc.query("counting pending " + taskName, "SELECT COUNT(*) FROM " + table + " WHERE task_name = ?",
                s -> s.setString(1, taskName), rs -> rs.getLong(1)).get(0);
    }
}
