package org.pulseport.providers.oauth;

import java.util.Optional;
import org.pulseport.providers.http.ConfigurationStatus;

/**
 * The part every provider users sign in to with OAuth2 shares, data source or workout destination: identity,
 * display name and the {@link OAuthSource} answers from the provider's {@link OAuthRegistration}.
 */
public abstract class OAuthProvider implements OAuthSource {

    private final String id;
    private final String displayName;
    private final OAuthRegistration registration;

    protected OAuthProvider(String id, String displayName, OAuthRegistration registration) {
        this.id = id;
        this.displayName = displayName;
        this.registration = registration;
    }

    public final String id() {
        return id;
    }

    public final String displayName() {
        return displayName;
    }

    @Override
    public final ConfigurationStatus configuration() {
        return registration.configuration();
    }

    @Override
    public final Optional<OAuthClientConfig> oauthClient() {
        return registration.oauthClient();
    }
}
