package org.pulseport.app.store;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The history of job executions: one row per run of a recurring job or queued task. */
public final class JobRunRepository {

    /** One recorded run. {@code finishedAt} and {@code status} stay "running" until it ends. */
    public record JobRun(long id, String jobName, String queue, String taskInstance, Instant startedAt,
                         Instant finishedAt, String status, int attempt, String errorCode, String errorMessage) {
    }

    /** Runs and failures of one job over a period. */
    public record JobStats(String jobName, long runs, long failures, Instant lastRun) {
        public double failureRate() {
            return runs == 0 ? 0 : (double) failures / runs;
        }
    }

    private final Jdbc jdbc;

    public JobRunRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public long started(String jobName, String queue, String taskInstance, int attempt, Instant at) {
        return jdbc.insert("recording the start of job " + jobName,
                "INSERT INTO job_runs (job_name, queue_name, task_instance, started_at, status, attempt) VALUES (?, ?, ?, ?, 'running', ?)",
                s -> {
                    s.setString(1, jobName);
                    s.setString(2, queue);
                    s.setString(3, taskInstance);
                    Jdbc.setInstant(s, 4, at);
                    s.setInt(5, attempt);
                });
    }

    public void finished(long runId, Instant at, String status, String errorCode, String errorMessage) {
        jdbc.update("recording the end of job run " + runId,
                "UPDATE job_runs SET finished_at = ?, status = ?, error_code = ?, error_message = ? WHERE id = ?", s -> {
                    Jdbc.setInstant(s, 1, at);
                    s.setString(2, status);
                    s.setString(3, errorCode);
                    s.setString(4, Jdbc.truncate(errorMessage, 2000));
                    s.setLong(5, runId);
                });
    }

    public List<JobRun> recent(int limit) {
        return jdbc.query("listing job runs", "SELECT * FROM job_runs ORDER BY started_at DESC, id DESC FETCH FIRST ? ROWS ONLY",
                s -> s.setInt(1, limit), rs -> new JobRun(rs.getLong("id"), rs.getString("job_name"),
                        rs.getString("queue_name"), rs.getString("task_instance"), Jdbc.instant(rs, "started_at"),
                        Jdbc.instant(rs, "finished_at"), rs.getString("status"), rs.getInt("attempt"),
                        rs.getString("error_code"), rs.getString("error_message")));
    }

    /** Per job: finished runs since {@code since}, how many failed, and the newest start. */
    public List<JobStats> statsSince(Instant since) {
        return jdbc.query("computing job failure rates",
                "SELECT job_name, COUNT(*) AS runs, SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failures,"
                        + " MAX(started_at) AS last_run FROM job_runs WHERE started_at >= ? AND status <> 'running'"
                        + " GROUP BY job_name ORDER BY job_name",
                s -> Jdbc.setInstant(s, 1, since),
                rs -> new JobStats(rs.getString("job_name"), rs.getLong("runs"), rs.getLong("failures"),
                        Jdbc.instant(rs, "last_run")));
    }
}
