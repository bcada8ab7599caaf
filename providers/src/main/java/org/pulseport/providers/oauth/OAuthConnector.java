package org.pulseport.providers.oauth;

import java.util.Optional;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.providers.http.ConfigurationStatus;

/**
 * The common part of connectors whose users sign in with OAuth2: identity, display name and the
 * {@link OAuthSource} answers from the provider's {@link OAuthRegistration}. Subclasses add capabilities and
 * {@code fetch}.
 */
public abstract class OAuthConnector implements SourceConnector, OAuthSource {

    private final String id;
    private final String displayName;
    private final OAuthRegistration registration;

    protected OAuthConnector(String id, String displayName, OAuthRegistration registration) {
        this.id = id;
        this.displayName = displayName;
        this.registration = registration;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
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
