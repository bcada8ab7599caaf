package org.pulseport.core.workout.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.pulseport.core.workout.Workout;

/**
 * One workout to create or update at a destination. {@code remoteId} is the destination's id when it already
 * holds the workout; {@code idempotencyKey} is stable for this workout and destination (used as external id);
 * {@code inDoubt} says an earlier create may have succeeded without being recorded.
 */
public record WorkoutPush(UUID workoutId, Workout workout, Instant updatedAt, String idempotencyKey,
                          Optional<String> remoteId, boolean inDoubt) {

    public WorkoutPush {
        Objects.requireNonNull(workoutId, "workoutId");
        Objects.requireNonNull(workout, "workout");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(remoteId, "remoteId");
    }
}
