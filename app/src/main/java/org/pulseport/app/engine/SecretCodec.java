package org.pulseport.app.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.pulseport.providers.oauth.OAuthTokenSet;

/**
 * The plaintext that gets sealed: the secret parts of a {@link ConnectionSecret} as length-prefixed UTF-8
 * strings (tokens, or email and password). Expiry and scopes are not secret; they travel beside it.
 */
final class SecretCodec {

    private SecretCodec() {
    }

    static byte[] encode(ConnectionSecret secret) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (secret instanceof ConnectionSecret.OAuth oauth) {
                write(out, oauth.tokens().accessToken());
                write(out, oauth.tokens().refreshToken().orElse(""));
            } else if (secret instanceof ConnectionSecret.Password password) {
                write(out, password.email());
                write(out, password.password());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    static ConnectionSecret decode(String kind, byte[] plaintext, Instant expiresAt, String scopes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            String first = read(in);
            String second = read(in);
            if (ConnectionSecret.Password.KIND.equals(kind)) {
                return new ConnectionSecret.Password(first, second);
            }
            Set<String> granted = scopes == null || scopes.isBlank() ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(scopes.trim().split("\\s+")));
            return new ConnectionSecret.OAuth(new OAuthTokenSet(first, Optional.of(second).filter(s -> !s.isEmpty()),
                    Optional.ofNullable(expiresAt), granted));
        } catch (IOException truncated) {
            throw new IllegalStateException("a decrypted connection secret is truncated", truncated);
        }
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
