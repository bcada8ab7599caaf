package org.pulseport.app.store.secret;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that seals new secrets and every key that may have sealed stored ones, found by the key id stored
 * beside each sealed secret. {@link #choose} picks them for a data directory from the {@link KeyStorageMode}:
 * the OS keyring where one answers, else the key file; the other stays readable so nothing sealed earlier is
 * lost when the keyring comes or goes.
 */
public final class SealingKeys implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SealingKeys.class);

    private final Supplier<Keys> choice;
    private Keys keys;

    private SealingKeys(Supplier<Keys> choice) {
        this.choice = choice;
    }

    /** One key, sealing and opening (tests, and secrets that never leave the key file). */
    public static SealingKeys of(KeyStorage only) {
        return new SealingKeys(() -> new Keys(only, List.of(), new KeyringAccess.Closed("not asked")));
    }

    /**
     * The keys of a data directory. {@code keyring} connects to the OS keyring; it is asked when a key is first
     * needed (not at start-up), and only when the mode allows the keyring or a keyring key was made for this
     * directory before.
     */
    public static SealingKeys choose(Path dataDirectory, KeyStorageMode mode, Supplier<KeyringAccess> keyring) {
        return new SealingKeys(() -> decide(dataDirectory, mode, keyring));
    }

    private static Keys decide(Path dataDirectory, KeyStorageMode mode, Supplier<KeyringAccess> keyring) {
        boolean askKeyring = mode != KeyStorageMode.FILE || Files.exists(KeyringKey.idFile(dataDirectory));
        KeyringAccess access = askKeyring ? keyring.get() : new KeyringAccess.Closed("the key storage is set to file");
        KeyringKey inKeyring = KeyringKey.in(dataDirectory, access);
        boolean useKeyring = mode == KeyStorageMode.KEYRING
                || mode == KeyStorageMode.AUTO && access instanceof KeyringAccess.Open && usable(inKeyring);
        if (access instanceof KeyringAccess.Closed closed && mode != KeyStorageMode.FILE) {
            LOG.info("connection secrets: {}", closed.reason());
        }
        LOG.info("connection secrets are sealed with the {} (mode {})", useKeyring ? "OS keyring" : "key file", mode);
        return useKeyring ? new Keys(inKeyring, List.of(KeyFile.existingIn(dataDirectory)), access)
                : new Keys(KeyFile.in(dataDirectory), List.of(inKeyring), access);
    }

    /** A keyring key that exists, or that the keyring agrees to create and keep now. */
    private static boolean usable(KeyringKey key) {
        if (key.exists()) {
            return true;
        }
        try {
            key.key();
            return true;
        } catch (KeyUnavailableException e) {
            LOG.warn("the keyring answered but did not keep a key; using the key file: {}", e.getMessage());
            return false;
        }
    }

    /** The key new secrets are sealed with. */
    public KeyStorage current() {
        return keys().current();
    }

    /** The key that sealed a row stored with {@code keyId}, if this data directory has it. */
    public Optional<KeyStorage> sealer(String keyId) {
        Keys chosen = keys();
        if (chosen.current().sealed(keyId)) {
            return Optional.of(chosen.current());
        }
        return chosen.readable().stream().filter(key -> key.sealed(keyId)).findFirst();
    }

    private synchronized Keys keys() {
        if (keys == null) {
            keys = choice.get();
        }
        return keys;
    }

    @Override
    public synchronized void close() {
        if (keys != null && keys.keyring() instanceof KeyringAccess.Open open) {
            open.vault().close();
        }
    }

    /** The chosen keys: the current one, the others that stay readable, and the keyring as it answered. */
    private record Keys(KeyStorage current, List<KeyStorage> readable, KeyringAccess keyring) {
    }
}
