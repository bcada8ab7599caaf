package org.pulseport.app.engine;

import java.util.Objects;
import org.pulseport.core.connector.Credentials;
import org.pulseport.providers.oauth.OAuthTokenSet;

/** The decrypted sign-in of a cloud connection: OAuth tokens, or an email and password (LibreLinkUp). */
public sealed interface ConnectionSecret {

    /** The stored kind ({@code connections.credential_kind}). */
    String kind();

    /** What a connector's fetch receives. */
    Credentials toCredentials();

    /** Tokens issued by the provider's authorization server. */
    record OAuth(OAuthTokenSet tokens) implements ConnectionSecret {
        public static final String KIND = "oauth";

        public OAuth {
            Objects.requireNonNull(tokens, "tokens");
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Credentials toCredentials() {
            return tokens.toCredentials();
        }
    }

    /** An account's email and password, for a service without OAuth. */
    record Password(String email, String password) implements ConnectionSecret {
        public static final String KIND = "password";

        public Password {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Credentials toCredentials() {
            return new Credentials.Password(email, password);
        }

        @Override
        public String toString() {
            return "Password[email redacted, password redacted]";
        }
    }
}
