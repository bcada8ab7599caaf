package org.pulseport.providers.oauth;

import com.github.scribejava.core.model.OAuth2AccessToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Converts ScribeJava's token response into an {@link OAuthTokenSet}: expiry from {@code expires_in} against
 * the clock, scopes as granted (or as requested when the server does not say).
 */
final class TokenResponses {

    private TokenResponses() {
    }

    static OAuthTokenSet toTokenSet(OAuth2AccessToken token, Clock clock, Collection<String> requestedScopes) {
        Optional<Instant> expiresAt = Optional.ofNullable(token.getExpiresIn())
                .map(seconds -> clock.instant().plusSeconds(seconds));
        Set<String> scopes = token.getScope() == null || token.getScope().isBlank()
                ? new LinkedHashSet<>(requestedScopes)
                : new LinkedHashSet<>(Arrays.asList(token.getScope().trim().split("\\s+")));
        return new OAuthTokenSet(token.getAccessToken(), Optional.ofNullable(token.getRefreshToken()), expiresAt, scopes);
    }
}
