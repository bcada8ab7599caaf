package org.pulseport.app.store.secret;

import javax.crypto.SecretKey;

/**
 * Where the AES-256 key that seals connection secrets lives. {@link KeyFile} is the one in use; an OS keyring
 * (Secret Service over D-Bus, macOS Keychain, Windows Credential Manager) would be another implementation with
 * its own {@link #keyId()} (see docs/decisions/0005-connection-key-storage.md).
 */
public interface KeyStorage {

    /** Names this key in stored rows, so a later key change can tell which key sealed what. */
    String keyId();

    /** The key, created on first use. */
    SecretKey key();

    /** Where the key is kept, for messages (never the key itself). */
    String describe();
}
