package org.pulseport.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A source of one profile's samples: a cloud connection, a paired device, imported files or the sandbox.
 * {@code lastSyncedAt} only ever advances to data that is committed.
 */
@Entity
@Table(name = "sources")
public class SourceEntity {

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false)
    private long profileId;

    @Convert(converter = SourceKindConverter.class)
    @Column(name = "kind", nullable = false, length = 16)
    private SourceKind kind;

    @Column(name = "connector_id", nullable = false, length = 40)
    private String connectorId;

    @Column(name = "external_id", nullable = false, length = 200)
    private String externalId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SourceEntity() {
    }

    public SourceEntity(long profileId, SourceKind kind, String connectorId, String externalId, String displayName,
                        Instant createdAt) {
        this.profileId = profileId;
        this.kind = kind;
        this.connectorId = connectorId;
        this.externalId = externalId;
        this.displayName = displayName;
        this.status = ACTIVE;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getProfileId() {
        return profileId;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getConnectorId() {
        return connectorId;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getLastSyncedAt() {
        return lastSyncedAt;
    }

    public void setLastSyncedAt(Instant lastSyncedAt) {
        this.lastSyncedAt = lastSyncedAt;
    }

    public void markInactive(String reason) {
        this.status = INACTIVE;
        this.statusReason = reason;
    }

    public void markActive() {
        this.status = ACTIVE;
        this.statusReason = null;
    }
}
