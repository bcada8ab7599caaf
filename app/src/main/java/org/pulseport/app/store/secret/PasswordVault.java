package org.pulseport.app.store.secret;

/**
 * A store of small secrets by account name, such as the operating system's keyring. Implementations answer or
 * throw {@link KeyUnavailableException}; they never guess.
 */
public interface PasswordVault extends AutoCloseable {

    /** What the vault is, for messages ("GNOME Keyring (Secret Service)", "macOS Keychain"). */
    String name();

    /** The secret stored under {@code account}. */
    String read(String account);

    /** Stores {@code secret} under {@code account}, replacing what was there. */
    void write(String account, String secret);

    @Override
    void close();
}
