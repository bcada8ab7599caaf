package org.pulseport.app.engine;

import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;

/**
 * Credentials for sources that need none (devices, files, the sandbox), delegating cloud sources to the
 * provider that holds their tokens.
 */
public final class LocalSourceCredentials implements CredentialsProvider {

    private final CredentialsProvider cloud;

    public LocalSourceCredentials(CredentialsProvider cloud) {
        this.cloud = cloud;
    }

    /** For installations without cloud connections: cloud sources report that they must be connected first. */
    public static LocalSourceCredentials withoutCloud() {
        return new LocalSourceCredentials(new CredentialsProvider() {
            @Override
            public Credentials current(SourceEntity source) {
                throw notConnected(source);
            }

            @Override
            public Credentials refresh(SourceEntity source) {
                throw notConnected(source);
            }
        });
    }

    private static PulseportException notConnected(SourceEntity source) {
        return new PulseportException(new PulseportError.AuthError("no stored sign-in for source " + source.getId()));
    }

    @Override
    public Credentials current(SourceEntity source) {
        return source.getKind() == SourceKind.CLOUD ? cloud.current(source) : new Credentials.None();
    }

    @Override
    public Credentials refresh(SourceEntity source) {
        return source.getKind() == SourceKind.CLOUD ? cloud.refresh(source) : new Credentials.None();
    }
}
