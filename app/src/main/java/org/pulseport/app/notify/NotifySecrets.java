package org.pulseport.app.notify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.pulseport.app.store.secret.KeyFile;
import org.pulseport.app.store.secret.KeyStorage;
import org.pulseport.app.store.secret.SealingKeys;
import org.pulseport.app.store.secret.SecretCipher;
import org.pulseport.app.store.secret.SecretUnreadableException;

/**
 * Seals webhook secrets and channel settings (webhook URLs carry tokens, SMTP passwords) with the shared AES-256-GCM
 * {@link SecretCipher}, under a key of their own ({@code keys/notify.key}, owner-only), so they never sit in the
 * database in clear text.
 */
public final class NotifySecrets {

    static final String KEY_FILE = "notify.key";
    /** The associated data of notification secrets: they belong to no connection. */
    private static final long NOT_A_CONNECTION = -1;

    private final SecretCipher cipher;

    private NotifySecrets(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** The secrets of a data directory's key folder; the key is created on first use. */
    public static NotifySecrets inDirectory(Path keys) {
        SecureRandom random = new SecureRandom();
        return new NotifySecrets(new SecretCipher(SealingKeys.of(new KeyFile(keys.resolve(KEY_FILE), random)), random));
    }

    /** Secrets under a fresh key that lives only in memory (tests, benchmarks). */
    public static NotifySecrets ephemeral() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return new NotifySecrets(new SecretCipher(SealingKeys.of(new MemoryKey(generator.generateKey())), new SecureRandom()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available in this Java runtime", e);
        }
    }

    public String seal(String plain) {
        return cipher.seal(plain.getBytes(StandardCharsets.UTF_8), NOT_A_CONNECTION);
    }

    /**
     * Opens a sealed value.
     *
     * @throws IllegalStateException when it was sealed with another key or changed
     */
    public String open(String sealed) {
        try {
            return new String(cipher.open(sealed, cipher.keyId(), NOT_A_CONNECTION), StandardCharsets.UTF_8);
        } catch (SecretUnreadableException e) {
            throw new IllegalStateException("the stored secret cannot be opened with this data directory's key "
                    + "(keys/" + KEY_FILE + " was replaced, or the database comes from another computer)", e);
        }
    }

    /** A key that exists only in this process. */
    private record MemoryKey(SecretKey key) implements KeyStorage {
        @Override
        public String keyId() {
            return "memory";
        }

        @Override
        public String describe() {
            return "a key held in memory";
        }
    }
}
