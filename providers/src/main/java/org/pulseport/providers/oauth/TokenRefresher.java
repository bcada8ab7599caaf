package org.pulseport.providers.oauth;

import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.oauth.OAuth20Service;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import okhttp3.OkHttpClient;
import org.pulseport.core.error.PulseportException;

/**
 * Exchanges a refresh token for new tokens. When the server rotates refresh tokens the new one is returned and
 * the old one must be discarded; when it does not, the old refresh token is kept.
 *
 * <p>Concurrency contract: providers that rotate refresh tokens invalidate the old one on first use, so two
 * refreshes of the same connection must never overlap. Callers serialize them per connection, e.g. with
 * {@link KeyedLocks}, and re-read the stored tokens inside the lock before refreshing.
 */
public final class TokenRefresher {

    private final OAuth20Service service;
    private final Clock clock;
    private final OAuthErrors errors;

    public TokenRefresher(OAuthClientConfig config, OkHttpClient http, Clock clock) {
        this.service = ScribeServices.create(config, Optional.empty(), http);
        this.clock = clock;
        this.errors = new OAuthErrors(config.providerId(), clock);
    }

    /** New tokens for {@code current}; an auth error when it has no refresh token or the server refuses it. */
    public OAuthTokenSet refresh(OAuthTokenSet current) {
        String refreshToken = current.refreshToken()
                .orElseThrow(() -> errors.authError("connection has no refresh token; reconnect it"));
        try {
            OAuth2AccessToken token = service.refreshAccessToken(refreshToken);
            OAuthTokenSet refreshed = TokenResponses.toTokenSet(token, clock, current.scopes());
            return refreshed.refreshToken().isPresent() ? refreshed
                    : new OAuthTokenSet(refreshed.accessToken(), current.refreshToken(), refreshed.expiresAt(),
                    refreshed.scopes());
        } catch (IOException | InterruptedException | ExecutionException | OAuthException | IllegalArgumentException e) {
            throw errors.classify("token refresh", e);
        }
    }
}
