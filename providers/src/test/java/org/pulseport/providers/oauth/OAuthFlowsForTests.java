package org.pulseport.providers.oauth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Sign-in, refresh and revocation against the in-process authorization server, for tests outside this package. */
public final class OAuthFlowsForTests implements AutoCloseable {

    private final OAuthTestServer auth = new OAuthTestServer();

    public OAuthClientConfig config() {
        return auth.client(true);
    }

    public OAuthTokenSet signIn(AtomicReference<URI> openedUrl) {
        return new AuthorizationCodeFlow(config(), auth.http, auth.browser(openedUrl), Clock.systemUTC())
                .authorize(Duration.ofSeconds(10));
    }

    public OAuthTokenSet refresh(OAuthTokenSet tokens) {
        return new TokenRefresher(config(), auth.http, Clock.systemUTC()).refresh(tokens);
    }

    public boolean revoke(OAuthTokenSet tokens) {
        return new TokenRevoker(config(), auth.http, Clock.systemUTC()).revoke(tokens);
    }

    @Override
    public void close() {
        auth.close();
    }
}
