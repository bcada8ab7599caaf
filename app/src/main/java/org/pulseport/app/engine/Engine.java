package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.pulseport.app.store.DeadLetterRepository;
import org.pulseport.app.store.JobRunRepository;
import org.pulseport.app.store.SchedulerTables;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background engine: the recurring jobs of the sync design, the work queues, manual "Sync now", and the
 * job history with dead letters. Views and commands use it; it never touches the UI.
 */
public final class Engine implements AutoCloseable {

    public static final String SYNC_SOURCE = "sync-source";
    public static final String AGGREGATE = "aggregateWearableData";
    public static final String ANALYZE = "analyzeProfile";
    public static final String WEEKLY_REPORT = "weeklyReport";
    /** The queued job kind that runs one workout sync batch (registered by the workout sync through moreTasks). */
    public static final String WORKOUT_SYNC_BATCH = "workout-sync-batch";
    static final Duration DEFAULT_RATE_LIMIT_DELAY = Duration.ofSeconds(60);
    static final Duration AGGREGATE_POLL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    /**
     * Everything the engine works with. {@code moreTasks} are the queued job kinds other features bring (webhook
     * deliveries, notifications, reports, the workout queue); they are enqueued with {@link #enqueue}.
     * {@code providers} tells data sources from connections that only receive workouts.
     */
    public record Parts(SourceRepository sources, CloudProviders providers, ProfileService profiles, SyncCoordinator coordinator,
                        SchedulerTables tables, JobRunRepository runs, DeadLetterRepository deadLetters,
                        DailyAggregator aggregator, ProfileAnalysis analysis, WeeklyReport weeklyReport,
                        RetentionCleanup cleanup, Map<RecurringJob, JobSchedule> schedules, SchedulerFactory schedulers,
                        boolean exclusiveStore, Clock clock, List<QueuedTask> moreTasks) {
    }

    /** Writes a profile's weekly report (see {@link WeeklyReports}). */
    @FunctionalInterface
    public interface WeeklyReport {
        void writeLastWeek(long profileId);
    }

    private final Parts parts;
    private final JobScheduler scheduler;

    public Engine(Parts parts) {
        this.parts = parts;
        Map<RecurringJob, Runnable> recurring = new EnumMap<>(RecurringJob.class);
        recurring.put(RecurringJob.SYNC_WEARABLES_DAILY, () -> syncGroup(RecurringJob.SYNC_WEARABLES_DAILY, ConnectorGroups.WEARABLES, true));
        recurring.put(RecurringJob.SYNC_WHOOP_DATA, () -> syncGroup(RecurringJob.SYNC_WHOOP_DATA, ConnectorGroups.WHOOP, true));
        recurring.put(RecurringJob.SYNC_CGM_READINGS, () -> syncGroup(RecurringJob.SYNC_CGM_READINGS, ConnectorGroups.CGM_CLOUD, false));
        recurring.put(RecurringJob.CLEANUP_WEARABLE_DATA, parts.cleanup()::run);
        recurring.put(RecurringJob.WEEKLY_HEALTH_REPORT, this::queueWeeklyReports);
        List<QueuedTask> queued = new ArrayList<>(List.of(
                new QueuedTask(WorkQueue.SYNC, SYNC_SOURCE, this::runQueuedSync),
                new QueuedTask(WorkQueue.ANALYTICS, AGGREGATE, data -> aggregateWhenSyncsAreDone()),
                new QueuedTask(WorkQueue.ANALYTICS, ANALYZE, data -> {
                    parts.analysis().analyze(Long.parseLong(data));
                    return TaskOutcome.done();
                }),
                new QueuedTask(WorkQueue.REPORTS, WEEKLY_REPORT, data -> {
                    parts.weeklyReport().writeLastWeek(Long.parseLong(data));
                    return TaskOutcome.done();
                })));
        queued.addAll(parts.moreTasks());
        if (queued.stream().anyMatch(task -> task.name().equals(WORKOUT_SYNC_BATCH))) {
            recurring.put(RecurringJob.WORKOUT_SYNC_QUEUE, this::enqueueWorkoutBatch);
        }
        JobRecorder recorder = new JobRecorder(parts.runs(), parts.clock());
        this.scheduler = new JobScheduler(parts.schedulers(), recorder, parts.deadLetters(), parts.clock(),
                parts.schedules(), recurring, queued);
    }

    /** Starts the schedules and queues; in an exclusively owned store, first resumes jobs a crash interrupted. */
    public void start() {
        if (parts.exclusiveStore()) {
            List<String> tables = new ArrayList<>(List.of(SchedulerTables.RECURRING));
            for (WorkQueue queue : WorkQueue.values()) {
                tables.add(SchedulerTables.queueTable(queue.id()));
            }
            int released = parts.tables().releaseOrphans(tables, parts.clock().instant());
            if (released > 0) {
                LOG.warn("{} jobs were interrupted when Pulseport last stopped; running them again", released);
            }
        }
        scheduler.start();
        LOG.info("engine started");
    }

    /** "Sync now" for one source: starts it in the background, or joins the sync already running. */
    public CompletableFuture<SyncReport> syncNow(long sourceId) {
        return parts.coordinator().sync(sourceId, SyncTrigger.MANUAL);
    }

    /** "Sync now" for all active data sources of a profile (devices import when plugged in; destinations only receive). */
    public CompletableFuture<List<SyncReport>> syncProfileNow(long profileId) {
        List<CompletableFuture<SyncReport>> syncs = dataSources(profileId).stream()
                .filter(s -> SourceEntity.ACTIVE.equals(s.getStatus()))
                .map(s -> syncNow(s.getId())).toList();
        return CompletableFuture.allOf(syncs.toArray(CompletableFuture[]::new))
                .thenApply(done -> syncs.stream().map(CompletableFuture::join).toList());
    }

    /**
     * The profile's sources that a sync fetches from, active or not: cloud connections that bring data and the
     * sandbox. Devices and files bring their data when they are plugged in or imported; connections to workout
     * destinations only receive workouts.
     */
    public List<SourceEntity> dataSources(long profileId) {
        return parts.sources().findByProfile(profileId).stream()
                .filter(s -> s.getKind() == SourceKind.CLOUD || s.getKind() == SourceKind.SANDBOX)
                .filter(parts.providers()::bringsData).toList();
    }

    /** Runs a sync on the caller's thread (the command line), joining one already running. */
    public SyncReport syncAndWait(long sourceId, SyncTrigger trigger) {
        return parts.coordinator().syncAndWait(sourceId, trigger);
    }

    /**
     * Queues a job of a registered kind to run now, unless the same instance is already queued or running.
     *
     * @return true when a new job was queued
     */
    public boolean enqueue(String taskName, String instance, String data) {
        return scheduler.enqueue(taskName, instance, data);
    }

    /** Queues the daily-statistics aggregation for a profile (it waits until queued syncs have finished). */
    public void requestAggregation(long profileId) {
        scheduler.enqueue(AGGREGATE, "profile-" + profileId, String.valueOf(profileId));
    }

    /**
     * Recomputes the daily statistics of every touched day and analyses the profiles they belong to, now, on the
     * caller's thread (commands that just stored data); returns the day rows written.
     */
    public int aggregateAndAnalyzeNow() {
        DailyAggregator.Result result = parts.aggregator().aggregateAll();
        result.profiles().forEach(parts.analysis()::analyze);
        return result.rows();
    }

    /** Queues a sync of a source on the sync queue (e.g. the first sync after connecting). */
    public void enqueueSync(long sourceId) {
        scheduler.enqueue(SYNC_SOURCE, "source-" + sourceId, String.valueOf(sourceId));
    }

    public JobsOverview overview(Duration period, int recentRuns) {
        return new JobsOverview(parts.runs().statsSince(parts.clock().instant().minus(period)),
                parts.runs().recent(recentRuns), parts.deadLetters().open());
    }

    /** Queues a dead letter's job again; false when there is no such open dead letter. */
    public boolean retryDeadLetter(long id) {
        return parts.deadLetters().find(id).filter(letter -> "open".equals(letter.status())).map(letter -> {
            scheduler.requeue(letter);
            return parts.deadLetters().resolve(id, "retried", parts.clock().instant());
        }).orElse(false);
    }

    /** Drops a dead letter; false when there is no such open dead letter. */
    public boolean discardDeadLetter(long id) {
        return parts.deadLetters().resolve(id, "discarded", parts.clock().instant());
    }

    private void enqueueWorkoutBatch() {
        scheduler.enqueue(WORKOUT_SYNC_BATCH, "batch", RecurringJob.WORKOUT_SYNC_QUEUE.jobName());
    }

    private void syncGroup(RecurringJob job, Set<String> connectorIds, boolean thenAggregate) {
        List<SourceEntity> due = parts.sources().findActive(connectorIds);
        for (SourceEntity source : due) {
            enqueueSync(source.getId());
        }
        LOG.info("{}: queued {} source syncs", job.jobName(), due.size());
        if (thenAggregate) {
            LocalDate today = LocalDate.ofInstant(parts.clock().instant(), ZoneOffset.UTC);
            scheduler.enqueue(AGGREGATE, "after-" + job.jobName() + "-" + today, job.jobName());
        }
    }

    private TaskOutcome runQueuedSync(String data) {
        try {
            parts.coordinator().syncAndWait(Long.parseLong(data), SyncTrigger.SCHEDULED);
            return TaskOutcome.done();
        } catch (PulseportException e) {
            if (e.error() instanceof PulseportError.RateLimited limited) {
                Duration delay = limited.retryAfter().orElse(DEFAULT_RATE_LIMIT_DELAY);
                return new TaskOutcome.RunAgainAfter(delay, "rate limited by the provider");
            }
            throw e;
        }
    }

    /** The aggregation is chained after the sync jobs: it waits while any queued sync is still pending. */
    private TaskOutcome aggregateWhenSyncsAreDone() {
        long pending = parts.tables().pending(SchedulerTables.queueTable(WorkQueue.SYNC.id()), SYNC_SOURCE);
        if (pending > 0) {
            return new TaskOutcome.RunAgainAfter(AGGREGATE_POLL, "waiting for " + pending + " syncs to finish");
        }
        DailyAggregator.Result result = parts.aggregator().aggregateAll();
        LOG.info("{}: {} daily statistics written for profiles {}", AGGREGATE, result.rows(), result.profiles());
        result.profiles().forEach(profileId -> scheduler.enqueue(ANALYZE, "profile-" + profileId, String.valueOf(profileId)));
        return TaskOutcome.done();
    }

    private void queueWeeklyReports() {
        LocalDate today = LocalDate.ofInstant(parts.clock().instant(), ZoneOffset.UTC);
        parts.profiles().list().forEach(profile -> scheduler.enqueue(WEEKLY_REPORT, "profile-" + profile.id() + "-" + today,
                String.valueOf(profile.id())));
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
