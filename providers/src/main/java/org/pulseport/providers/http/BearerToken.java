package org.pulseport.providers.http;

import org.pulseport.core.connector.Credentials;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;

/**
 * The OAuth access token of a fetch's credentials, or an auth error when the connection holds none.
 */
public final class BearerToken {

    private BearerToken() {
    }

    public static String of(Credentials credentials, String provider) {
        if (credentials instanceof Credentials.OAuthTokens tokens) {
            return tokens.accessToken();
        }
        throw new PulseportException(new PulseportError.AuthError(
                provider + " needs OAuth tokens but the connection holds " + credentials.getClass().getSimpleName()));
    }

    /** The value of an {@code Authorization} header for this token. */
    public static String header(String accessToken) {
        return "Bearer " + accessToken;
    }
}
