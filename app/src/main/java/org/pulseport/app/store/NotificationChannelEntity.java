package org.pulseport.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where a profile's notifications can go: a kind ({@code in_app}, {@code email}, {@code slack}, ...) and its
 * configuration as a JSON object of strings. The configuration may hold secrets and is never logged.
 */
@Entity
@Table(name = "notification_channels")
public class NotificationChannelEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false)
    private long profileId;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "config", nullable = false, length = 4000)
    private String config;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NotificationChannelEntity() {
    }

    public NotificationChannelEntity(long profileId, String kind, String name, String config, Instant createdAt) {
        this.profileId = profileId;
        this.kind = kind;
        this.name = name;
        this.config = config;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getProfileId() {
        return profileId;
    }

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getConfig() {
        return config;
    }
}
