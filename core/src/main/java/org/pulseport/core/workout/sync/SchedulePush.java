package org.pulseport.core.workout.sync;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One scheduled workout (a workout on a date and start time) to create or update at a destination.
 * {@code workoutRemoteId} is the destination's id of the workout itself when it holds it; {@code remoteId} that of
 * the scheduled entry. See {@link WorkoutPush} for {@code idempotencyKey} and {@code inDoubt}.
 */
public record SchedulePush(WorkoutPush workout, UUID scheduledId, ZonedDateTime startsAt,
                           String idempotencyKey, Optional<String> remoteId, boolean inDoubt) {

    public SchedulePush {
        Objects.requireNonNull(workout, "workout");
        Objects.requireNonNull(scheduledId, "scheduledId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(remoteId, "remoteId");
    }

    /** The calendar day in the athlete's zone. */
    public LocalDate day() {
        return startsAt.toLocalDate();
    }

    /** The destination's id of the workout this schedules, when it holds it. */
    public Optional<String> workoutRemoteId() {
        return workout.remoteId();
    }
}
