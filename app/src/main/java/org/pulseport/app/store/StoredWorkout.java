package org.pulseport.app.store;

import java.time.Instant;
import java.util.UUID;
import org.pulseport.core.workout.Workout;

/** A workout of a profile's library as stored. */
public record StoredWorkout(UUID id, long profileId, Workout workout, Instant createdAt, Instant updatedAt) {
}
