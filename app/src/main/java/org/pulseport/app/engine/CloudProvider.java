package org.pulseport.app.engine;

import java.util.Optional;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.providers.http.ConfigurationStatus;
import org.pulseport.providers.librelinkup.LibreLinkUpConnector;
import org.pulseport.providers.oauth.OAuthClientConfig;
import org.pulseport.providers.oauth.OAuthSource;

/**
 * An installed connector one signs in to: through OAuth2, or (LibreLinkUp) with an email and password.
 */
public record CloudProvider(SourceConnector connector, SignIn signIn) {

    /** How the user signs in. */
    public enum SignIn { OAUTH, PASSWORD }

    /** The cloud provider behind a connector; empty for devices, files and the sandbox. */
    public static Optional<CloudProvider> of(SourceConnector connector) {
        if (connector instanceof OAuthSource) {
            return Optional.of(new CloudProvider(connector, SignIn.OAUTH));
        }
        if (LibreLinkUpConnector.ID.equals(connector.id())) {
            return Optional.of(new CloudProvider(connector, SignIn.PASSWORD));
        }
        return Optional.empty();
    }

    public String id() {
        return connector.id();
    }

    public String displayName() {
        return connector.displayName();
    }

    /** Providers that speak a protocol the vendor does not publish (LibreLinkUp). */
    public boolean unofficial() {
        return LibreLinkUpConnector.ID.equals(connector.id());
    }

    /** Whether this installation can connect it; password sign-ins need no client registration. */
    public ConfigurationStatus configuration() {
        return connector instanceof OAuthSource oauth ? oauth.configuration() : new ConfigurationStatus.Configured();
    }

    /** The OAuth client configuration, or an auth error saying how to configure the provider. */
    public OAuthClientConfig oauthClient() {
        if (!(connector instanceof OAuthSource oauth)) {
            throw new PulseportException(new PulseportError.AuthError(id() + " does not sign in with OAuth"));
        }
        return oauth.oauthClient().orElseThrow(() -> new PulseportException(new PulseportError.AuthError(
                ((ConfigurationStatus.NotConfigured) oauth.configuration()).howToConfigure())));
    }
}
