package org.pulseport.core.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * Decrypted credentials handed to a connector for the length of one fetch; never logged or stored as is.
 */
public sealed interface Credentials {

    /** Sources that need no credentials (devices, files, the sandbox). */
    record None() implements Credentials {
    }

    /** OAuth2 bearer tokens. */
    record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt) implements Credentials {
        public OAuthTokens {
            Objects.requireNonNull(accessToken, "accessToken");
        }

        @Override
        public String toString() {
            return "OAuthTokens[expiresAt=" + expiresAt + ", tokens redacted]";
        }
    }

    /** Username and password, for the few services without OAuth (LibreLinkUp). */
    record Password(String username, String password) implements Credentials {
        @Override
        public String toString() {
            return "Password[username redacted, password redacted]";
        }
    }
}
