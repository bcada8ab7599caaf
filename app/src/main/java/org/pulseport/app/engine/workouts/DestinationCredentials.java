package org.pulseport.app.engine.workouts;

import java.util.Optional;
import org.pulseport.core.connector.Credentials;

/**
 * The decrypted credentials of a profile's connection to a destination; empty when it is not connected (the
 * queue then records an auth error telling the person to reconnect).
 *
 * <p>The seam for the connections and token store work: {@link #headUnitsOnly()} is the default until an
 * implementation over stored OAuth tokens is wired in {@code AppContext}.
 */
@FunctionalInterface
public interface DestinationCredentials {

    Optional<Credentials> of(long profileId, String provider);

    /** Head units need no credentials; cloud destinations count as not connected. */
    static DestinationCredentials headUnitsOnly() {
        return (profileId, provider) -> provider.endsWith(HeadUnitDestination.SUFFIX)
                ? Optional.of(new Credentials.None()) : Optional.empty();
    }
}
