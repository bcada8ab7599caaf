package org.pulseport.app.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * One cloud provider as the Connections view and {@code pulseport connections list} show it for a profile.
 * {@code howToConfigure} is set when the provider lacks client credentials; {@code sourceId},
 * {@code lastSyncedAt} and {@code connectedAt} once it was connected.
 */
public record ConnectionStatus(
        String providerId,
        String displayName,
        CloudProvider.SignIn signIn,
        boolean unofficial,
        State state,
        Optional<String> howToConfigure,
        Optional<Long> sourceId,
        Optional<String> reason,
        Optional<Instant> lastSyncedAt,
        Optional<Instant> connectedAt,
        boolean uploadWorkoutsEnabled) {

    /** Where the connection stands. */
    public enum State {
        /** No client credentials on this installation (and not connected). */
        NOT_CONFIGURED,
        /** Never connected, or disconnected. */
        NOT_CONNECTED,
        /** Connected and synced on schedule. */
        ACTIVE,
        /** Connected, but taken out of syncs (e.g. the sign-in was refused); {@code reason} says why. */
        INACTIVE
    }
}
