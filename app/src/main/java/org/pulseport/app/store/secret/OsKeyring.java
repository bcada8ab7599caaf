package org.pulseport.app.store.secret;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.util.Map;

/**
 * The operating system's keyring through java-keyring: Secret Service over D-Bus (GNOME Keyring, KeePassXC) or
 * KWallet on Linux, the Keychain on macOS, the Credential Manager on Windows. Entries are filed under the
 * service name "Pulseport".
 */
public final class OsKeyring implements PasswordVault {

    static final String SERVICE = "Pulseport";
    private static final Map<KeyringStorageType, String> NAMES = Map.of(
            KeyringStorageType.GNOME_KEYRING, "desktop keyring (Secret Service)",
            KeyringStorageType.KWALLET, "KDE Wallet",
            KeyringStorageType.OSX_KEYCHAIN, "macOS Keychain",
            KeyringStorageType.LEGACY_OSX_KEYCHAIN, "macOS Keychain",
            KeyringStorageType.WINDOWS_CREDENTIAL_STORE, "Windows Credential Manager");

    private final Keyring keyring;

    private OsKeyring(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Connects to this session's keyring, or says why there is none. */
    public static KeyringAccess connect() {
        try {
            return new KeyringAccess.Open(new OsKeyring(Keyring.create()));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return new KeyringAccess.Closed("no keyring answered in this session (" + e.getMessage() + ")");
        }
    }

    @Override
    public String name() {
        return NAMES.getOrDefault(keyring.getKeyringStorageType(), "operating system keyring");
    }

    @Override
    public String read(String account) {
        try {
            return keyring.getPassword(SERVICE, account);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeyUnavailableException("the " + name() + " did not hand out '" + SERVICE + " / " + account
                    + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String account, String secret) {
        try {
            keyring.setPassword(SERVICE, account, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeyUnavailableException("the " + name() + " did not store '" + SERVICE + " / " + account
                    + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            keyring.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the " + name() + " failed", e);
        }
    }
}
