package org.pulseport.core.workout.sync;

import java.util.Objects;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.RequestPermits;

/**
 * What a destination needs for one call besides the data: the profile it works for, the connection's decrypted
 * credentials and the request pacing of this (profile, provider).
 */
public record DestinationCall(long profileId, Credentials credentials, RequestPermits permits) {

    public DestinationCall {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(permits, "permits");
    }
}
