package org.pulseport.app.store.secret;

/** Whether the operating system's keyring answered: open with its vault, or closed with the reason. */
public sealed interface KeyringAccess {

    /** The keyring answered; its vault is ready for use. */
    record Open(PasswordVault vault) implements KeyringAccess {
    }

    /** No keyring can be used in this session, and why (no D-Bus session bus, no Secret Service, ...). */
    record Closed(String reason) implements KeyringAccess {
    }
}
