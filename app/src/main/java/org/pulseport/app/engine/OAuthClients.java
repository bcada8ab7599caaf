package org.pulseport.app.engine;

import java.time.Clock;
import okhttp3.OkHttpClient;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.oauth.AuthorizationCodeFlow;
import org.pulseport.providers.oauth.BrowserLauncher;
import org.pulseport.providers.oauth.OAuthClientConfig;
import org.pulseport.providers.oauth.TokenRefresher;
import org.pulseport.providers.oauth.TokenRevoker;

/** Creates the OAuth2 flows of the providers over one shared HTTP client (30 s timeouts, no logging). */
public final class OAuthClients {

    private final OkHttpClient http;
    private final Clock clock;

    public OAuthClients(OkHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    public static OAuthClients standard(Clock clock) {
        return new OAuthClients(HttpTimeouts.STANDARD.newClient(), clock);
    }

    public AuthorizationCodeFlow signIn(OAuthClientConfig config, BrowserLauncher browser) {
        return new AuthorizationCodeFlow(config, http, browser, clock);
    }

    public TokenRefresher refresher(OAuthClientConfig config) {
        return new TokenRefresher(config, http, clock);
    }

    public TokenRevoker revoker(OAuthClientConfig config) {
        return new TokenRevoker(config, http, clock);
    }
}
