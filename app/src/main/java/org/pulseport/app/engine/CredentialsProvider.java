package org.pulseport.app.engine;

import org.pulseport.app.store.SourceEntity;
import org.pulseport.core.connector.Credentials;

/**
 * Hands the sync pipeline decrypted credentials for a source, and renews them when the provider rejects them.
 * Implementations throw {@link org.pulseport.core.error.PulseportException} with an
 * {@link org.pulseport.core.error.PulseportError.AuthError} when there is nothing (left) to sign in with.
 */
public interface CredentialsProvider {

    Credentials current(SourceEntity source);

    /** New credentials after the provider rejected the current ones (an OAuth refresh); saved before returning. */
    Credentials refresh(SourceEntity source);
}
