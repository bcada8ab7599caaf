package org.pulseport.core.connector;

import java.util.Objects;
import org.pulseport.core.model.SyncWindow;

/**
 * Everything a source connector needs for one fetch: whose data it is, how to sign in, and which time range.
 */
public record FetchRequest(SourceRef source, Credentials credentials, SyncWindow window) {

    public FetchRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(window, "window");
    }
}
