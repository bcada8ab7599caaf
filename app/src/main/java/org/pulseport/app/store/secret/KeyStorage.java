package org.pulseport.app.store.secret;

import javax.crypto.SecretKey;

/**
 * Where an AES-256 key that seals secrets lives: a {@link KeyFile} in the data directory or a {@link KeyringKey}
 * in the operating system's keyring (see docs/decisions/0008-connection-key-storage.md).
 */
public interface KeyStorage {

    /** Names this key in stored rows, so a key change can tell which key sealed what. */
    String keyId();

    /**
     * The key, created on first use.
     *
     * @throws KeyUnavailableException when the key cannot be had in this session
     */
    SecretKey key();

    /** Where the key is kept, for messages (never the key itself). */
    String describe();

    /** Whether a row stored with {@code storedKeyId} was sealed with this key; never creates a key. */
    default boolean sealed(String storedKeyId) {
        return keyId().equals(storedKeyId);
    }
}
