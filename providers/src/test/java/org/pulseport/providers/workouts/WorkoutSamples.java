package org.pulseport.providers.workouts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.RequestPermits;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutPush;

/** A threshold ride and pushes of it, shared by the destination tests. */
final class WorkoutSamples {

    static final UUID WORKOUT_ID = UUID.fromString("3f2c1b4a-0000-4000-8000-000000000001");
    static final UUID SCHEDULE_ID = UUID.fromString("3f2c1b4a-0000-4000-8000-000000000002");
    static final Instant UPDATED = Instant.parse("2024-03-01T10:00:00Z");

    /** Counts permits and remembers holds. */
    static final class RecordingPermits implements RequestPermits {
        int acquired;
        final List<Duration> holds = new ArrayList<>();

        @Override
        public void acquire() {
            acquired++;
        }

        @Override
        public void holdFor(Duration delay) {
            holds.add(delay);
        }
    }

    private WorkoutSamples() {
    }

    static Workout threshold() {
        return new Workout("Threshold 4x8", Sport.CYCLING, List.of(
                new SingleStep("Warm up", Intensity.WARMUP, new StepDuration.Time(Duration.ofMinutes(10)),
                        new StepTarget.Power(new TargetRange.Percent(50, 65)), ""),
                new RepeatStep(4, List.of(
                        SingleStep.of(Intensity.ACTIVE, new StepDuration.Time(Duration.ofMinutes(8)),
                                new StepTarget.Power(new TargetRange.Percent(95, 105))),
                        SingleStep.of(Intensity.REST, new StepDuration.Time(Duration.ofMinutes(2)),
                                new StepTarget.Cadence(new TargetRange.Between(85, 95))))),
                new SingleStep("Cool down", Intensity.COOLDOWN, new StepDuration.Time(Duration.ofMinutes(10)),
                        new StepTarget.None(), "easy")));
    }

    static DestinationCall call(RequestPermits permits) {
        return new DestinationCall(1, new Credentials.OAuthTokens("token-1", "refresh-1", null), permits);
    }

    static WorkoutPush push(Optional<String> remoteId) {
        return new WorkoutPush(WORKOUT_ID, threshold(), UPDATED, "pulseport-workout-" + WORKOUT_ID, remoteId, false);
    }

    static SchedulePush schedule(Optional<String> workoutRemoteId, Optional<String> remoteId, boolean inDoubt) {
        return new SchedulePush(push(workoutRemoteId), SCHEDULE_ID,
                ZonedDateTime.of(2024, 3, 5, 7, 30, 0, 0, ZoneId.of("Europe/Vienna")),
                "pulseport-workout_scheduled-" + SCHEDULE_ID, remoteId, inDoubt);
    }
}
