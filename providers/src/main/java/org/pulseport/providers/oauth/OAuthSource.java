package org.pulseport.providers.oauth;

import java.util.Optional;
import org.pulseport.providers.http.ConfigurationStatus;

/**
 * A connector whose users sign in with OAuth2. The app asks it whether it is configured (client credentials
 * present) and for its client configuration to run {@link AuthorizationCodeFlow}, {@link TokenRefresher} and
 * {@link TokenRevoker}.
 */
public interface OAuthSource {

    /** Whether this installation can connect the provider, and if not, how to configure it. */
    ConfigurationStatus configuration();

    /** The OAuth client configuration; empty when {@link #configuration()} is not configured. */
    Optional<OAuthClientConfig> oauthClient();
}
