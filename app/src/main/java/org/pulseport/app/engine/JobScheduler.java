package org.pulseport.app.engine;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pulseport.app.store.DeadLetterRepository;
import org.pulseport.app.store.SchedulerTables;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistent schedules and work queues on db-scheduler: one scheduler over {@code scheduled_tasks} for the
 * recurring jobs, and one per {@link WorkQueue} over its own table with the queue's concurrency. Everything is
 * in the database, so a restart loses nothing: an overdue recurring job runs once at the next start, and queued
 * jobs continue.
 *
 * <p>Failing jobs are retried {@value #MAX_RETRIES} times with exponential back-off from 5 s (5, 10, 20 s); then
 * a queued job becomes a dead letter and a recurring job waits for its next scheduled time (also noted as a dead
 * letter). A job whose run looks dead only because this computer slept is left alone, not run a second time.
 */
public final class JobScheduler implements AutoCloseable {

    public static final int MAX_RETRIES = 3;
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    static final String RECURRING_QUEUE = "recurring";
    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final JobRecorder recorder;
    private final DeadLetterRepository deadLetters;
    private final Clock clock;
    private final Scheduler recurringScheduler;
    private final Map<WorkQueue, Scheduler> queueSchedulers = new EnumMap<>(WorkQueue.class);
    private final Map<String, QueuedTask> queuedTasks = new LinkedHashMap<>();
    private final Map<String, CustomTask<String>> customTasks = new LinkedHashMap<>();

    public JobScheduler(SchedulerFactory factory, JobRecorder recorder, DeadLetterRepository deadLetters, Clock clock,
                        Map<RecurringJob, JobSchedule> schedules, Map<RecurringJob, Runnable> recurringWork,
                        List<QueuedTask> queued) {
        this.recorder = recorder;
        this.deadLetters = deadLetters;
        this.clock = clock;
        List<RecurringTask<?>> recurring = new ArrayList<>();
        recurringWork.forEach((job, work) -> {
            JobSchedule schedule = schedules.get(job);
            if (schedule != null && !schedule.disabled()) {
                recurring.add(recurringTask(job, schedule.schedule(), work));
            }
        });
        List<Task<?>> none = List.of();
        this.recurringScheduler = factory.create(SchedulerTables.RECURRING, 2, none, recurring);
        for (WorkQueue queue : WorkQueue.values()) {
            List<Task<?>> tasks = new ArrayList<>();
            for (QueuedTask task : queued) {
                if (task.queue() == queue) {
                    CustomTask<String> custom = customTask(task);
                    queuedTasks.put(task.name(), task);
                    customTasks.put(task.name(), custom);
                    tasks.add(custom);
                }
            }
            queueSchedulers.put(queue, factory.create(SchedulerTables.queueTable(queue.id()), queue.concurrency(), tasks, List.of()));
        }
    }

    public void start() {
        recurringScheduler.start();
        queueSchedulers.values().forEach(Scheduler::start);
    }

    /**
     * Queues a job to run now unless the same job instance is already queued or running (then it joins that one).
     *
     * @return true when a new job was queued
     */
    public boolean enqueue(String taskName, String instance, String data) {
        CustomTask<String> task = task(taskName);
        return queueSchedulers.get(queuedTasks.get(taskName).queue())
                .scheduleIfNotExists(task.instance(instance, data), clock.instant());
    }

    /** Queues a dead letter's job again under its original instance and data. */
    public void requeue(DeadLetterRepository.DeadLetter letter) {
        enqueue(letter.taskName(), letter.taskInstance(), letter.taskData());
    }

    private CustomTask<String> task(String taskName) {
        CustomTask<String> task = customTasks.get(taskName);
        if (task == null) {
            throw new IllegalArgumentException("no job kind named " + taskName);
        }
        return task;
    }

    private RecurringTask<Void> recurringTask(RecurringJob job, Schedule schedule, Runnable work) {
        FailureHandler<Void> onFailure = new RetryWithBackoff<>(MAX_RETRIES, FIRST_BACKOFF,
                (complete, ops) -> {
                    deadLetter(RECURRING_QUEUE, complete, null);
                    ops.reschedule(complete, schedule.getNextExecutionTime(complete));
                });
        return Tasks.recurring(job.jobName(), schedule)
                .onFailure(onFailure)
                .onDeadExecution(new ReviveUnlessExecutingHere<>())
                .execute((instance, context) -> recorded(job.jobName(), RECURRING_QUEUE, instance, context, () -> {
                    work.run();
                    return TaskOutcome.done();
                }));
    }

    private CustomTask<String> customTask(QueuedTask queued) {
        FailureHandler<String> onFailure = new RetryWithBackoff<>(MAX_RETRIES, FIRST_BACKOFF,
                (complete, ops) -> {
                    deadLetter(queued.queue().id(), complete, (String) complete.getExecution().taskInstance.getData());
                    ops.remove();
                });
        return Tasks.custom(queued.name(), String.class)
                .onFailure(onFailure)
                .onDeadExecution(new ReviveUnlessExecutingHere<>())
                .execute((instance, context) -> {
                    TaskOutcome outcome = recorded(queued.name(), queued.queue().id(), instance, context,
                            () -> queued.handler().run(instance.getData()));
                    if (outcome instanceof TaskOutcome.RunAgainAfter again) {
                        return (complete, ops) -> ops.reschedule(complete, clock.instant().plus(again.delay()));
                    }
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    private TaskOutcome recorded(String jobName, String queue, TaskInstance<?> instance, ExecutionContext context,
                                 Callable<TaskOutcome> work) {
        int attempt = context.getExecution().consecutiveFailures + 1;
        try {
            return recorder.record(jobName, queue, instance.getId(), attempt, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PulseportException(new PulseportError.UnexpectedError(e.toString()), e);
        }
    }

    private void deadLetter(String queue, ExecutionComplete complete, String data) {
        Throwable cause = complete.getCause().orElse(null);
        PulseportError error = cause instanceof PulseportException p ? p.error()
                : new PulseportError.UnexpectedError(String.valueOf(cause));
        int attempts = complete.getExecution().consecutiveFailures + 1;
        long id = deadLetters.add(queue, complete.getExecution().getTaskName(), complete.getExecution().getId(), data,
                clock.instant(), attempts, error.code(), error.detail());
        LOG.error("dead letter {}: job {} instance {} failed {} times, last error {}: {}", id,
                complete.getExecution().getTaskName(), complete.getExecution().getId(), attempts, error.code(), error.detail());
    }

    /** Revives dead executions, except those this process is still running (the heartbeat was missed in sleep). */
    private final class ReviveUnlessExecutingHere<T> implements DeadExecutionHandler<T> {
        @Override
        public void deadExecution(ExecutionComplete complete, ExecutionOperations<T> ops) {
            String name = complete.getExecution().getTaskName();
            String instance = complete.getExecution().getId();
            if (recorder.isExecutingHere(name, instance)) {
                LOG.info("job {} instance {} missed heartbeats but is still running here; left alone", name, instance);
                return;
            }
            LOG.warn("job {} instance {} was interrupted; running it again", name, instance);
            new DeadExecutionHandler.ReviveDeadExecution<T>().deadExecution(complete, ops);
        }
    }

    @Override
    public void close() {
        recurringScheduler.stop();
        queueSchedulers.values().forEach(Scheduler::stop);
    }
}
