package org.pulseport.app.engine.workouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.StoredSchedule;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.ratelimit.KeyedRateLimiter;
import org.pulseport.providers.ratelimit.RateLimits;
import org.pulseport.providers.wahoo.WahooDestination;

/**
 * A crash between the provider call and the queue update must not create a second remote copy: the entry stays
 * pending, and its retry updates the copy (known id) or finds it by its idempotency key (id never recorded).
 */
class CrashSafetyTest {

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private final FakeWahooCloud wahoo = new FakeWahooCloud();
    private QueueFixture f;
    private WorkoutSyncProcessor processor;

    @BeforeEach
    void open() throws IOException {
        server.setDispatcher(wahoo);
        server.start();
        WahooDestination destination = WahooDestination.at(server.url("/").toString().replaceAll("/$", ""),
                HttpTimeouts.of(Duration.ofSeconds(5)), Clock.systemUTC());
        f = new QueueFixture(dir, List.of(destination));
        f.enable("wahoo");
        KeyedRateLimiter limiter = KeyedRateLimiter.system(RateLimits.defaults());
        processor = new WorkoutSyncProcessor(f.workouts, f.refs, new WorkoutDestinations(List.of(destination)),
                (profile, provider) -> java.util.Optional.of(new org.pulseport.core.connector.Credentials.OAuthTokens("t", "r", null)),
                limiter::permits, f.clock);
    }

    @AfterEach
    void close() throws IOException {
        f.close();
        server.shutdown();
    }

    @Test
    void aCrashAfterTheCallLeavesTheEntryPendingAndItsRetryUpdatesTheSameCopy() {
        StoredWorkout workout = f.sync.service().create(f.profileId, Workouts.threshold());
        QueueEntry entry = f.only(SyncEntity.WORKOUT, workout.id());

        assertThat(processor.process(entry)).isInstanceOf(DestinationResult.Synced.class);
        assertThat(f.only(SyncEntity.WORKOUT, workout.id()).pending()).as("the queue update never happened").isTrue();
        f.sync.syncNow();

        assertThat(wahoo.creates.get()).isEqualTo(1);
        assertThat(wahoo.plans).hasSize(1);
        assertThat(f.only(SyncEntity.WORKOUT, workout.id()).pending()).isFalse();
    }

    @Test
    void aCrashBeforeTheIdWasRecordedFindsTheCopyByItsExternalId() {
        StoredWorkout workout = f.sync.service().create(f.profileId, Workouts.threshold());
        StoredSchedule schedule = f.sync.service().schedule(workout.id(),
                ZonedDateTime.of(2024, 3, 5, 7, 0, 0, 0, ZoneId.of("Europe/Vienna")));
        for (QueueEntry entry : f.pending()) {
            processor.process(entry);
        }
        forgetRemoteIds(workout.id(), schedule.id());

        f.sync.syncNow();

        assertThat(wahoo.creates.get()).as("one plan and one calendar workout, never a second").isEqualTo(2);
        assertThat(wahoo.plans).hasSize(1);
        assertThat(wahoo.workouts).hasSize(1);
        assertThat(f.pending()).isEmpty();
        assertThat(f.refs.find(SyncEntity.WORKOUT.code(), workout.id(), "wahoo").orElseThrow().remoteId())
                .contains(String.valueOf(wahoo.plans.values().iterator().next()));
    }

    /** What a crash between the provider's answer and recording its id leaves: the references still in doubt. */
    private void forgetRemoteIds(java.util.UUID workoutId, java.util.UUID scheduleId) {
        f.refs.remove(SyncEntity.WORKOUT.code(), workoutId, "wahoo");
        f.refs.markInDoubt(SyncEntity.WORKOUT.code(), workoutId, "wahoo", f.profileId, f.now.get());
        f.refs.remove(SyncEntity.SCHEDULED_WORKOUT.code(), scheduleId, "wahoo");
        f.refs.markInDoubt(SyncEntity.SCHEDULED_WORKOUT.code(), scheduleId, "wahoo", f.profileId, f.now.get());
    }
}
