package org.pulseport.app.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What a destination holds of one workout or scheduled workout: its {@code remoteId}, or none yet while a create
 * is in doubt (started at {@code attemptStartedAt}, answer not recorded).
 */
public record ProviderRef(String provider, Optional<String> remoteId, Instant attemptStartedAt, Instant syncedAt) {

    public boolean inDoubt() {
        return remoteId.isEmpty();
    }
}
