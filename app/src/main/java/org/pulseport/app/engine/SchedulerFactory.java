package org.pulseport.app.engine;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.List;

/**
 * Creates the db-scheduler instance for one table: the real polling scheduler in the application, a manually
 * driven one with a settable clock in tests.
 */
@FunctionalInterface
public interface SchedulerFactory {

    Scheduler create(String table, int threads, List<Task<?>> tasks, List<RecurringTask<?>> recurring);
}
