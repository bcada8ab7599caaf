package org.pulseport.app.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * One cloud provider as the Connections view and {@code pulseport connections list} show it for a profile.
 * {@code howToConfigure} is set when the provider lacks client credentials; {@code sourceId},
 * {@code lastSyncedAt} and {@code connectedAt} once it was connected. {@code uploadWorkoutsEnabled} is the
 * connection's "Upload workouts" switch, which matters for workout destinations.
 */
public record ConnectionStatus(
        String providerId,
        String displayName,
        CloudProvider.SignIn signIn,
        CloudProvider.Role role,
        boolean unofficial,
        State state,
        Optional<String> howToConfigure,
        Optional<Long> sourceId,
        Optional<String> reason,
        Optional<Instant> lastSyncedAt,
        Optional<Instant> connectedAt,
        boolean uploadWorkoutsEnabled) {

    /** Whether the provider receives workouts rather than bringing data in. */
    public boolean receivesWorkouts() {
        return role == CloudProvider.Role.WORKOUT_DESTINATION;
    }

    /** Where the connection stands. */
    public enum State {
        /** No client credentials on this installation (and not connected). */
        NOT_CONFIGURED,
        /** Never connected, or disconnected. */
        NOT_CONNECTED,
        /** Connected: synced on schedule (data sources) or receiving workouts (destinations). */
        ACTIVE,
        /** Connected, but taken out of syncs and uploads (e.g. the sign-in was refused); {@code reason} says why. */
        INACTIVE
    }
}
