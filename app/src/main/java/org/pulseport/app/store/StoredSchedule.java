package org.pulseport.app.store;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A scheduled workout as stored: which workout, and when it starts in the athlete's zone. */
public record StoredSchedule(UUID id, long profileId, UUID workoutId, ZonedDateTime startsAt, Instant updatedAt) {
}
