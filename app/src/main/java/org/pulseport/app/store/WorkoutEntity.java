package org.pulseport.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A workout in a profile's library; its steps are one JSON document (see {@link WorkoutJson}). */
@Entity
@Table(name = "workouts")
public class WorkoutEntity {

    @Id
    private UUID id;

    @Column(name = "profile_id", nullable = false)
    private long profileId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "sport", nullable = false, length = 32)
    private String sport;

    @Column(name = "steps_json", nullable = false, length = 1_000_000)
    private String stepsJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WorkoutEntity() {
    }

    WorkoutEntity(UUID id, long profileId, String name, String sport, String stepsJson, Instant now) {
        this.id = id;
        this.profileId = profileId;
        this.createdAt = now;
        change(name, sport, stepsJson, now);
    }

    void change(String name, String sport, String stepsJson, Instant now) {
        this.name = name;
        this.sport = sport;
        this.stepsJson = stepsJson;
        this.updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    long getProfileId() {
        return profileId;
    }

    String getName() {
        return name;
    }

    String getSport() {
        return sport;
    }

    String getStepsJson() {
        return stepsJson;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
