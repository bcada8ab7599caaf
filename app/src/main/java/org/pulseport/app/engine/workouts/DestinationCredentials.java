package org.pulseport.app.engine.workouts;

import java.util.Optional;
import org.pulseport.core.connector.Credentials;

/**
 * The decrypted credentials of a profile's connection to a destination; empty when it is not connected (the
 * queue then records an auth error telling the person to reconnect). Implementations throw a
 * {@link org.pulseport.core.error.PulseportException} with an auth error when a sign-in cannot be renewed.
 */
@FunctionalInterface
public interface DestinationCredentials {

    /** The current credentials, renewed first when they are about to expire. */
    Optional<Credentials> of(long profileId, String provider);

    /** New credentials after the destination rejected the current ones; empty when there is no way to renew them. */
    default Optional<Credentials> renewed(long profileId, String provider) {
        return Optional.empty();
    }
}
