package org.pulseport.providers.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pulseport.core.connector.Credentials;

/**
 * The tokens an authorization server issued: access token, refresh token (when granted), expiry and granted
 * scopes. The app stores them (encrypted) and hands them to connectors as {@link Credentials.OAuthTokens}.
 */
public record OAuthTokenSet(
        String accessToken,
        Optional<String> refreshToken,
        Optional<Instant> expiresAt,
        Set<String> scopes) {

    public OAuthTokenSet {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }

    /** Whether the access token expires within {@code margin} of {@code now} (unknown expiry: never). */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt.map(at -> !now.plus(margin).isBefore(at)).orElse(false);
    }

    public Credentials.OAuthTokens toCredentials() {
        return new Credentials.OAuthTokens(accessToken, refreshToken.orElse(null), expiresAt.orElse(null));
    }

    @Override
    public String toString() {
        return "OAuthTokenSet[expiresAt=" + expiresAt.map(Instant::toString).orElse("unknown") + ", scopes=" + scopes
                + ", refresh token " + (refreshToken.isPresent() ? "present" : "absent") + ", tokens redacted]";
    }
}
