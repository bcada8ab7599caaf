package org.pulseport.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A URL that receives a profile's events, signed with its secret. {@code eventTypes} is a comma-separated list
 * of event type names. The secret is never logged.
 */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpointEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false)
    private long profileId;

    @Column(name = "url", nullable = false, length = 2000)
    private String url;

    @Column(name = "secret", nullable = false, length = 500)
    private String secret;

    @Column(name = "event_types", nullable = false, length = 500)
    private String eventTypes;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookEndpointEntity() {
    }

    public WebhookEndpointEntity(long profileId, String url, String secret, String eventTypes, Instant createdAt) {
        this.profileId = profileId;
        this.url = url;
        this.secret = secret;
        this.eventTypes = eventTypes;
        this.active = true;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getProfileId() {
        return profileId;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
