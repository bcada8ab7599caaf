package org.pulseport.app.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code connections} as stored: the secret is sealed (see {@code store.secret.SecretCipher}), so
 * this record can be passed around and logged without revealing a token. {@code accessExpiresAt} and
 * {@code scopes} (space separated) may be null.
 */
public record StoredConnection(
        long sourceId,
        String credentialKind,
        String sealedSecret,
        String keyId,
        Instant accessExpiresAt,
        String scopes,
        boolean uploadWorkoutsEnabled,
        Instant connectedAt,
        Instant updatedAt) {

    public StoredConnection {
        Objects.requireNonNull(credentialKind, "credentialKind");
        Objects.requireNonNull(sealedSecret, "sealedSecret");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The same connection with a new sealed secret, expiry and scopes (a refresh). */
    public StoredConnection withSecret(String sealed, String sealedWithKey, Instant expiresAt, String grantedScopes,
                                       Instant now) {
        return new StoredConnection(sourceId, credentialKind, sealed, sealedWithKey, expiresAt, grantedScopes,
                uploadWorkoutsEnabled, connectedAt, now);
    }

    /** The same connection with the workout-upload switch set as given. */
    public StoredConnection withUpload(boolean enabled) {
        return new StoredConnection(sourceId, credentialKind, sealedSecret, keyId, accessExpiresAt, scopes, enabled,
                connectedAt, updatedAt);
    }

    @Override
    public String toString() {
        return "StoredConnection[source=" + sourceId + ", kind=" + credentialKind + ", key=" + keyId
                + ", expiresAt=" + accessExpiresAt + ", secret sealed]";
    }
}
