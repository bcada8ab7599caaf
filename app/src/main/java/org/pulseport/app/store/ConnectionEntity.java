package org.pulseport.app.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The stored sign-in of one cloud source: its sealed (encrypted) secret and the connection's switches. The row
 * shares its id with the source and is deleted with it.
 */
@Entity
@Table(name = "connections")
public class ConnectionEntity {

    @Id
    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "credential_kind", nullable = false, length = 16)
    private String credentialKind;

    @Column(name = "sealed_secret", nullable = false, length = 16000)
    private String sealedSecret;

    @Column(name = "key_id", nullable = false, length = 40)
    private String keyId;

    @Column(name = "access_expires_at")
    private Instant accessExpiresAt;

    @Column(name = "scopes", length = 1000)
    private String scopes;

    @Column(name = "upload_workouts_enabled", nullable = false)
    private boolean uploadWorkoutsEnabled;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConnectionEntity() {
    }

    ConnectionEntity(StoredConnection connection) {
        this.sourceId = connection.sourceId();
        apply(connection);
    }

    /** Takes over everything but the identity. */
    final void apply(StoredConnection connection) {
        this.connectedAt = connection.connectedAt();
        this.credentialKind = connection.credentialKind();
        this.sealedSecret = connection.sealedSecret();
        this.keyId = connection.keyId();
        this.accessExpiresAt = connection.accessExpiresAt();
        this.scopes = connection.scopes();
        this.uploadWorkoutsEnabled = connection.uploadWorkoutsEnabled();
        this.updatedAt = connection.updatedAt();
    }

    StoredConnection toRecord() {
        return new StoredConnection(sourceId, credentialKind, sealedSecret, keyId, accessExpiresAt, scopes,
                uploadWorkoutsEnabled, connectedAt, updatedAt);
    }

    void setUploadWorkoutsEnabled(boolean enabled, Instant now) {
        this.uploadWorkoutsEnabled = enabled;
        this.updatedAt = now;
    }
}
