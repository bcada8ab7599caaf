package org.pulseport.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A workout on a date and start time, in the athlete's time zone. */
@Entity
@Table(name = "scheduled_workouts")
public class ScheduledWorkoutEntity {

    @Id
    private UUID id;

    @Column(name = "profile_id", nullable = false)
    private long profileId;

    @Column(name = "workout_id", nullable = false)
    private UUID workoutId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ScheduledWorkoutEntity() {
    }

    ScheduledWorkoutEntity(UUID id, long profileId, UUID workoutId, Instant startsAt, String timeZone, Instant now) {
        this.id = id;
        this.profileId = profileId;
        this.workoutId = workoutId;
        this.createdAt = now;
        move(startsAt, timeZone, now);
    }

    void move(Instant startsAt, String timeZone, Instant now) {
        this.startsAt = startsAt;
        this.timeZone = timeZone;
        this.updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    long getProfileId() {
        return profileId;
    }

    UUID getWorkoutId() {
        return workoutId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    String getTimeZone() {
        return timeZone;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
