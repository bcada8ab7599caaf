package org.pulseport.providers.oauth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pulseport.providers.http.ProviderSettings;

/**
 * Everything the OAuth2 flows need to know about one provider's authorization server and this application's
 * registration with it. PKCE is only sent to providers whose documentation supports it.
 */
public record OAuthClientConfig(
        String providerId,
        String authorizeUrl,
        String tokenUrl,
        String clientId,
        String clientSecret,
        List<String> scopes,
        boolean pkce,
        Revocation revocation) {

    public OAuthClientConfig {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(revocation, "revocation");
    }

    /** The client configuration from provider settings; empty when the client id or secret is missing. */
    public static Optional<OAuthClientConfig> from(ProviderSettings settings, List<String> scopes, boolean pkce,
                                                   Revocation revocation) {
        if (settings.clientId().isEmpty() || settings.clientSecret().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OAuthClientConfig(settings.providerId(), settings.authUrl(), settings.tokenUrl(),
                settings.clientId().get(), settings.clientSecret().get(), scopes, pkce, revocation));
    }

    @Override
    public String toString() {
        return "OAuthClientConfig[" + providerId + ", authorize=" + authorizeUrl + ", token=" + tokenUrl
                + ", scopes=" + scopes + ", pkce=" + pkce + ", secret redacted]";
    }
}
