package org.pulseport.app.engine.workouts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.engine.RetentionCleanup;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.StoredSchedule;
import org.pulseport.app.store.StoreCleanup;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.sync.DestinationResult;
import org.slf4j.LoggerFactory;

/**
 * The queue end to end on a real store and a settable clock: the enabled-provider check, the seed's triggers, the
 * error table with its back-off timing, sequential groups, status and monitoring, and the seed's log lines.
 */
class WorkoutSyncQueueTest {

    @TempDir
    Path dir;
    private final ScriptedDestination wahoo = new ScriptedDestination("wahoo");
    private final ScriptedDestination garmin = new ScriptedDestination("garmin");
    private QueueFixture f;
    private WorkoutService service;

    @BeforeEach
    void open() {
        f = new QueueFixture(dir, List.of(wahoo, garmin));
        service = f.sync.service();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void nothingIsQueuedForProvidersTheProfileHasNotEnabled() {
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());

        assertThat(f.history(SyncEntity.WORKOUT, workout.id())).isEmpty();
    }

    @Test
    void aNewWorkoutIsQueuedOnceForEachEnabledProvider() {
        f.enable("wahoo");

        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());

        assertThat(f.history(SyncEntity.WORKOUT, workout.id())).extracting(QueueEntry::provider, QueueEntry::operation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wahoo", "create"));
    }

    @Test
    void anUpdateIsQueuedOnlyWhenTheStepsOrTheDateChanged() {
        f.enable("wahoo");
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());
        StoredSchedule schedule = service.schedule(workout.id(), tuesday(7));
        f.sync.syncNow();

        service.update(workout.id(), Workouts.threshold());
        service.reschedule(schedule.id(), tuesday(7));
        assertThat(f.history(SyncEntity.WORKOUT, workout.id())).hasSize(1);
        assertThat(f.history(SyncEntity.SCHEDULED_WORKOUT, schedule.id())).hasSize(1);

        service.update(workout.id(), Workouts.threshold(5));
        service.reschedule(schedule.id(), tuesday(18));
        assertThat(f.history(SyncEntity.WORKOUT, workout.id())).extracting(QueueEntry::operation).containsExactly("create", "update");
        assertThat(f.history(SyncEntity.SCHEDULED_WORKOUT, schedule.id())).extracting(QueueEntry::operation)
                .containsExactly("create", "update");
    }

    @Test
    void aDeleteIsQueuedOnlyWhereTheItemWasSynced() {
        f.enable("wahoo");
        StoredWorkout synced = service.create(f.profileId, Workouts.threshold());
        StoredSchedule schedule = service.schedule(synced.id(), tuesday(7));
        f.sync.syncNow();
        f.enable("wahoo", "garmin");
        StoredWorkout wahooOnly = service.create(f.profileId, Workouts.threshold());
        garmin.then(new DestinationResult.Failed(new PulseportError.AuthError("revoked")));
        f.sync.syncNow();

        service.delete(synced.id());
        service.delete(wahooOnly.id());
        f.sync.syncNow();

        assertThat(f.history(SyncEntity.WORKOUT, synced.id())).extracting(QueueEntry::provider, QueueEntry::operation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wahoo", "create"),
                        org.assertj.core.groups.Tuple.tuple("wahoo", "delete"));
        assertThat(f.history(SyncEntity.SCHEDULED_WORKOUT, schedule.id())).extracting(QueueEntry::operation)
                .containsExactly("create", "delete");
        assertThat(f.history(SyncEntity.WORKOUT, wahooOnly.id())).extracting(QueueEntry::provider, QueueEntry::operation)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("wahoo", "create"),
                        org.assertj.core.groups.Tuple.tuple("garmin", "create"),
                        org.assertj.core.groups.Tuple.tuple("wahoo", "delete"));
        assertThat(wahoo.calls).contains("deleteWorkout remote-1", "deleteScheduledWorkout remote-2");
        assertThat(f.refs.of(SyncEntity.WORKOUT.code(), synced.id())).isEmpty();
    }

    @Test
    void aScheduledWorkoutIsSentWithItsWorkoutsRemoteId() {
        f.enable("wahoo");
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());
        service.schedule(workout.id(), tuesday(7));

        f.sync.syncNow();

        assertThat(wahoo.calls).containsExactly("syncWorkout new", "syncScheduledWorkout new of remote-1");
    }

    @Test
    void recordNotFoundIsProcessedWithoutRetry() {
        f.enable("wahoo");
        wahoo.then(new DestinationResult.Failed(new PulseportError.RecordNotFound("gone")));
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());

        BatchReport report = f.sync.syncNow();

        QueueEntry entry = f.only(SyncEntity.WORKOUT, workout.id());
        assertThat(entry.processedAt()).isEqualTo(f.now.get());
        assertThat(entry.errorType()).isEqualTo("record_not_found");
        assertThat(entry.retryCount()).isZero();
        assertThat(report).isEqualTo(new BatchReport(1, 0, 1, 0));
    }

    @Test
    void aWorkoutDeletedBeforeItsSyncIsRecordNotFound() {
        f.enable("wahoo");
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());
        f.workouts.delete(workout.id());

        f.sync.syncNow();

        assertThat(f.only(SyncEntity.WORKOUT, workout.id()).errorType()).isEqualTo("record_not_found");
        assertThat(wahoo.calls).isEmpty();
    }

    @Test
    void authErrorsAreNotRetriedAndTellThePersonToReconnect() {
        f.enable("wahoo");
        wahoo.then(new DestinationResult.Failed(new PulseportError.AuthError("wahoo answered 401")));
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());

        f.sync.syncNow();
        f.advance(Duration.ofDays(1));
        f.sync.syncNow();

        QueueEntry entry = f.only(SyncEntity.WORKOUT, workout.id());
        assertThat(entry.errorType()).isEqualTo("auth_error");
        assertThat(entry.processedAt()).isNotNull();
        assertThat(wahoo.calls).hasSize(1);
        SyncStatus status = f.sync.monitor().getSyncStatus(SyncEntity.WORKOUT, workout.id(), "wahoo").orElseThrow();
        assertThat(status.failed()).isTrue();
        assertThat(status.describe()).contains("reconnect");
    }

    @Test
    void rateLimitsRetryAfterTheProvidersDelayOrSixtySecondsWithoutUsingARetry() {
        f.enable("wahoo");
        wahoo.then(new DestinationResult.Failed(new PulseportError.RateLimited(Optional.of(Duration.ofSeconds(90)), "429")),
                new DestinationResult.Failed(new PulseportError.RateLimited(Optional.empty(), "429")));
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());

        f.sync.syncNow();
        QueueEntry first = f.only(SyncEntity.WORKOUT, workout.id());
        assertThat(first.nextRetryAt()).isEqualTo(f.now.get().plusSeconds(90));
        assertThat(first.errorType()).isEqualTo("rate_limit");
        assertThat(first.retryCount()).isZero();
        assertThat(first.pending()).isTrue();

        f.advance(Duration.ofSeconds(89));
        assertThat(f.sync.syncNow().operations()).isZero();
        f.advance(Duration.ofSeconds(1));
        f.sync.syncNow();
        assertThat(f.only(SyncEntity.WORKOUT, workout.id()).nextRetryAt()).isEqualTo(f.now.get().plusSeconds(60));

        f.advance(Duration.ofSeconds(60));
        f.sync.syncNow();
        QueueEntry done = f.only(SyncEntity.WORKOUT, workout.id());
        assertThat(done.processedAt()).isNotNull();
        assertThat(done.errorType()).isNull();
    }

    @Test
    void temporaryErrorsBackOffTwoTenSixtyMinutesThenFailForGood() {
        f.enable("wahoo");
        PulseportError error = new PulseportError.ProviderError("wahoo answered 503");
        wahoo.then(new DestinationResult.Failed(error), new DestinationResult.Failed(new PulseportError.NetworkError("timeout")),
                new DestinationResult.Failed(new PulseportError.UnexpectedError("odd")), new DestinationResult.Failed(error));
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());

        for (Duration backoff : List.of(Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1))) {
            f.sync.syncNow();
            QueueEntry entry = f.only(SyncEntity.WORKOUT, workout.id());
            assertThat(entry.nextRetryAt()).isEqualTo(f.now.get().plus(backoff));
            assertThat(entry.pending()).isTrue();
            f.advance(backoff.minusSeconds(1));
            assertThat(f.sync.syncNow().operations()).as("not due before its back-off").isZero();
            f.advance(Duration.ofSeconds(1));
        }
        f.sync.syncNow();

        QueueEntry failed = f.only(SyncEntity.WORKOUT, workout.id());
        assertThat(failed.retryCount()).isEqualTo(3);
        assertThat(failed.processedAt()).isEqualTo(f.now.get());
        assertThat(failed.errorType()).isEqualTo("provider_error");
        assertThat(wahoo.calls).hasSize(4);
        assertThat(f.sync.monitor().permanentFailures(OptionalLong.empty(), 10)).extracting(QueueEntry::id).containsExactly(failed.id());
    }

    @Test
    void failedEntriesCanBeRetriedOrDiscarded() {
        f.enable("wahoo");
        wahoo.then(new DestinationResult.Failed(new PulseportError.AuthError("401")),
                new DestinationResult.Failed(new PulseportError.AuthError("401")));
        StoredWorkout first = service.create(f.profileId, Workouts.threshold());
        StoredWorkout second = service.create(f.profileId, new Workout("Easy", Sport.RUNNING, Workouts.threshold().steps()));
        f.sync.syncNow();
        QueueEntry retried = f.only(SyncEntity.WORKOUT, first.id());
        QueueEntry discarded = f.only(SyncEntity.WORKOUT, second.id());

        assertThat(f.sync.monitor().retry(retried.id())).isTrue();
        assertThat(f.sync.monitor().discard(discarded.id())).isTrue();
        assertThat(f.sync.monitor().discard(discarded.id())).isFalse();
        f.sync.syncNow();

        assertThat(f.sync.monitor().getSyncStatus(SyncEntity.WORKOUT, first.id(), "wahoo").orElseThrow().synced()).isTrue();
        assertThat(f.history(SyncEntity.WORKOUT, second.id())).isEmpty();
    }

    @Test
    void statusAndMonitoringFollowTheSeedsQueries() {
        f.enable("wahoo", "garmin");
        garmin.then(new DestinationResult.Failed(new PulseportError.ProviderError("503")));
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());
        f.sync.syncNow();

        var statuses = f.sync.monitor().getAllSyncStatuses(SyncEntity.WORKOUT, workout.id());
        assertThat(statuses.get("wahoo").synced()).isTrue();
        assertThat(statuses.get("wahoo").badge()).isEqualTo("✓");
        assertThat(statuses.get("garmin").pending()).isTrue();
        assertThat(statuses.get("garmin").badge()).isEqualTo("⏳");
        assertThat(statuses.get("garmin").errorType()).isEqualTo("provider_error");
        assertThat(statuses.get("garmin").retryCount()).isEqualTo(1);
        assertThat(statuses.get("garmin").lastAttempt()).isEqualTo(f.now.get());
        assertThat(f.sync.monitor().getSyncStatus(SyncEntity.WORKOUT, workout.id(), "trainingpeaks")).isEmpty();
        assertThat(f.sync.monitor().pending(OptionalLong.empty())).singleElement().satisfies(row -> {
            assertThat(row.provider()).isEqualTo("garmin");
            assertThat(row.pending()).isEqualTo(1);
        });
        assertThat(f.sync.monitor().errorPatterns(OptionalLong.empty())).singleElement().satisfies(row -> {
            assertThat(row.errorType()).isEqualTo("provider_error");
            assertThat(row.count()).isEqualTo(1);
        });
        assertThat(f.sync.monitor().successRates(OptionalLong.empty())).singleElement().satisfies(row -> {
            assertThat(row.provider()).isEqualTo("wahoo");
            assertThat(row.successRate()).isEqualTo(100.0);
        });
    }

    @Test
    void theWeeklyCleanUpDropsProcessedEntriesOlderThanThirtyDaysAndKeepsPendingOnes() {
        f.enable("wahoo", "garmin");
        garmin.then(new DestinationResult.Failed(new PulseportError.ProviderError("503")));
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());
        f.sync.syncNow();
        RetentionCleanup cleanup = new RetentionCleanup(new StoreCleanup(f.db.dataSource()),
                RetentionCleanup.DEFAULT_RETENTION, f.clock);

        f.advance(Duration.ofDays(29));
        assertThat(cleanup.run().queueEntries()).isZero();
        f.advance(Duration.ofDays(2));
        assertThat(cleanup.run().queueEntries()).isEqualTo(1);

        assertThat(f.history(SyncEntity.WORKOUT, workout.id())).singleElement()
                .satisfies(entry -> assertThat(entry.provider()).isEqualTo("garmin"));
        assertThat(f.pending()).hasSize(1);
    }

    @Test
    void theBatchLogsTheSeedsLines() {
        f.enable("wahoo", "garmin");
        garmin.then(new DestinationResult.Failed(new PulseportError.ProviderError("503")));
        StoredWorkout workout = service.create(f.profileId, Workouts.threshold());
        Logger root = (Logger) LoggerFactory.getLogger(WorkoutSyncWorker.class.getPackageName());
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        root.addAppender(logs);
        try {
            f.sync.syncNow();
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
        }

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).contains(
                "Starting scheduled workout batch sync...",
                "Processing wahoo workout " + workout.id() + " create (attempt 1)",
                "Batch sync complete: 2 operations (1 succeeded, 1 failed)");
    }

    private static ZonedDateTime tuesday(int hour) {
        return ZonedDateTime.of(2024, 3, 5, hour, 0, 0, 0, ZoneId.of("Europe/Vienna"));
    }
}
