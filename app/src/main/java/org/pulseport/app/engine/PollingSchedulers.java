package org.pulseport.app.engine;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * The production {@link SchedulerFactory}: polls every 2 s (new jobs scheduled here start at once), heartbeats
 * every 30 s, and counts an execution dead after 6 missed heartbeats (3 minutes).
 */
public final class PollingSchedulers implements SchedulerFactory {

    private final DataSource dataSource;

    public PollingSchedulers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Scheduler create(String table, int threads, List<Task<?>> tasks, List<RecurringTask<?>> recurring) {
        return Scheduler.create(dataSource, tasks)
                .startTasks(recurring)
                .tableName(table)
                .threads(threads)
                .pollingInterval(Duration.ofSeconds(2))
                .heartbeatInterval(Duration.ofSeconds(30))
                .missedHeartbeatsLimit(6)
                .serializer(new Utf8Serializer())
                .alwaysPersistTimestampInUTC()
                .schedulerName(new SchedulerName.Fixed("pulseport-" + ProcessHandle.current().pid() + "-" + table))
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }
}
