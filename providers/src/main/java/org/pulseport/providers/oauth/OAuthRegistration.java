package org.pulseport.providers.oauth;

import java.util.List;
import java.util.Optional;
import org.pulseport.providers.http.ConfigurationStatus;
import org.pulseport.providers.http.ProviderSettings;

/**
 * A provider's OAuth registration as a connector states it: its settings, the scopes it asks for, whether it
 * uses PKCE and how tokens are revoked. Connectors delegate {@link OAuthSource} to it.
 */
public record OAuthRegistration(ProviderSettings settings, List<String> scopes, boolean pkce, Revocation revocation)
        implements OAuthSource {

    public OAuthRegistration {
        scopes = List.copyOf(scopes);
    }

    @Override
    public ConfigurationStatus configuration() {
        return settings.status();
    }

    @Override
    public Optional<OAuthClientConfig> oauthClient() {
        return OAuthClientConfig.from(settings, scopes, pkce, revocation);
    }
}
