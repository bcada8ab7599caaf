package org.pulseport.app.engine;

import java.util.Optional;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.providers.http.ConfigurationStatus;
import org.pulseport.providers.librelinkup.LibreLinkUpConnector;
import org.pulseport.providers.oauth.OAuthClientConfig;
import org.pulseport.providers.oauth.OAuthSource;

/**
 * A cloud account a profile can connect: a data source (through OAuth2, or LibreLinkUp with an email and password)
 * or a workout destination (through OAuth2). Both are stored the same way: a source row {@code (profile, id,
 * "account")} with its sealed sign-in.
 */
public record CloudProvider(String id, String displayName, SignIn signIn, Role role, Optional<OAuthSource> oauth,
                            boolean unofficial) {

    /** How the user signs in. */
    public enum SignIn { OAUTH, PASSWORD }

    /** What a connection to the provider is for. */
    public enum Role {
        /** Brings readings in: synced by the sync engine. */
        DATA_SOURCE,
        /** Receives workouts from the workout sync queue; never part of data syncs. */
        WORKOUT_DESTINATION
    }

    /** The cloud provider behind a connector; empty for devices, files and the sandbox. */
    public static Optional<CloudProvider> of(SourceConnector connector) {
        if (connector instanceof OAuthSource oauth) {
            return Optional.of(new CloudProvider(connector.id(), connector.displayName(), SignIn.OAUTH, Role.DATA_SOURCE,
                    Optional.of(oauth), false));
        }
        if (LibreLinkUpConnector.ID.equals(connector.id())) {
            return Optional.of(new CloudProvider(connector.id(), connector.displayName(), SignIn.PASSWORD,
                    Role.DATA_SOURCE, Optional.empty(), true));
        }
        return Optional.empty();
    }

    /** The cloud provider behind a workout destination users sign in to; empty for head units. */
    public static Optional<CloudProvider> of(WorkoutDestination destination) {
        return destination instanceof OAuthSource oauth
                ? Optional.of(new CloudProvider(destination.id(), destination.displayName(), SignIn.OAUTH,
                Role.WORKOUT_DESTINATION, Optional.of(oauth), false))
                : Optional.empty();
    }

    /** Whether connections to it receive workouts (and carry an "Upload workouts" switch that matters). */
    public boolean receivesWorkouts() {
        return role == Role.WORKOUT_DESTINATION;
    }

    /** Whether this installation can connect it; password sign-ins need no client registration. */
    public ConfigurationStatus configuration() {
        return oauth.map(OAuthSource::configuration).orElseGet(ConfigurationStatus.Configured::new);
    }

    /** The OAuth client configuration, or an auth error saying how to configure the provider. */
    public OAuthClientConfig oauthClient() {
        OAuthSource source = oauth.orElseThrow(() -> new PulseportException(
                new PulseportError.AuthError(id + " does not sign in with OAuth")));
        return source.oauthClient().orElseThrow(() -> new PulseportException(new PulseportError.AuthError(
                ((ConfigurationStatus.NotConfigured) source.configuration()).howToConfigure())));
    }
}
