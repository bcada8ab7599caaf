package org.pulseport.providers.testing;

import java.time.Instant;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.SyncWindow;

/** Small builders shared by connector tests. */
public final class Requests {

    public static final String ACCESS_TOKEN = "access-token-7f3a9c";
    public static final SourceRef SOURCE = new SourceRef(1, 42);

    private Requests() {
    }

    public static FetchRequest oauth(String from, String to) {
        return new FetchRequest(SOURCE, new Credentials.OAuthTokens(ACCESS_TOKEN, "refresh-token-1b2c", null),
                new SyncWindow(Instant.parse(from), Instant.parse(to)));
    }

    /** The classified error of a thrown {@link PulseportException}. */
    public static PulseportError errorOf(Throwable thrown) {
        return ((PulseportException) thrown).error();
    }
}
