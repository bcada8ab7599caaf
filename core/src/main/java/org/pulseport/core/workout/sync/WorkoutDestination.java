package org.pulseport.core.workout.sync;

/**
 * A place workouts are pushed to: a training platform's cloud API or a head unit written over USB. The workout
 * sync queue calls one method per queued operation; each returns a {@link DestinationResult}, never throws for a
 * provider's answer (errors are classified into the shared taxonomy inside the result).
 *
 * <p>Creates must be idempotent per {@code idempotencyKey}: when a push is {@code inDoubt} (an earlier attempt may
 * have created the remote copy before Pulseport could record it), a destination first looks for that copy and
 * updates it instead of creating a second one, where its API allows.
 */
public interface WorkoutDestination {

    /** The provider id used in the queue, e.g. {@code wahoo}, {@code garmin-usb}. */
    String id();

    /** A name for people, e.g. {@code Wahoo}. */
    String displayName();

    /** Creates or updates a workout in the destination's library. */
    DestinationResult syncWorkout(DestinationCall call, WorkoutPush push);

    /** Creates or updates a workout on the destination's calendar. */
    DestinationResult syncScheduledWorkout(DestinationCall call, SchedulePush push);

    /** Deletes a workout the destination holds under {@code remoteId}. */
    DestinationResult deleteWorkout(DestinationCall call, String remoteId);

    /** Removes a scheduled workout the destination holds under {@code remoteId}. */
    DestinationResult deleteScheduledWorkout(DestinationCall call, String remoteId);
}
