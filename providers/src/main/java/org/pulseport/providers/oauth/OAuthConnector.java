package org.pulseport.providers.oauth;

import org.pulseport.core.connector.SourceConnector;

/**
 * The common part of connectors whose users sign in with OAuth2 ({@link OAuthProvider}). Subclasses add
 * capabilities and {@code fetch}.
 */
public abstract class OAuthConnector extends OAuthProvider implements SourceConnector {

    protected OAuthConnector(String id, String displayName, OAuthRegistration registration) {
        super(id, displayName, registration);
    }
}
