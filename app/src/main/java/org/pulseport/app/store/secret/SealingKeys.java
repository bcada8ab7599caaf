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

    private final KeyStorage current;
    private final List<KeyStorage> readable;
    private final KeyringAccess keyring;

    private SealingKeys(KeyStorage current, List<KeyStorage> earlier, KeyringAccess keyring) {
        this.current = current;
        this.readable = earlier;
        this.keyring = keyring;
    }

    /** One key, sealing and opening (tests, and secrets that never leave the key file). */
    public static SealingKeys of(KeyStorage only) {
        return new SealingKeys(only, List.of(), new KeyringAccess.Closed("not asked"));
    }

    /**
     * The keys of a data directory. {@code keyring} connects to the OS keyring; it is asked only when the mode
     * allows the keyring or a keyring key was made for this directory before.
     */
    public static SealingKeys choose(Path dataDirectory, KeyStorageMode mode, Supplier<KeyringAccess> keyring) {
        KeyFile file = KeyFile.in(dataDirectory);
        boolean askKeyring = mode != KeyStorageMode.FILE || Files.exists(KeyringKey.idFile(dataDirectory));
        KeyringAccess access = askKeyring ? keyring.get() : new KeyringAccess.Closed("the key storage is set to file");
        KeyringKey inKeyring = KeyringKey.in(dataDirectory, access);
        boolean useKeyring = mode == KeyStorageMode.KEYRING
                || mode == KeyStorageMode.AUTO && access instanceof KeyringAccess.Open;
        if (access instanceof KeyringAccess.Closed closed && mode != KeyStorageMode.FILE) {
            LOG.info("connection secrets: {}", closed.reason());
        }
        SealingKeys keys = useKeyring
                ? new SealingKeys(inKeyring, List.of(file), access)
                : new SealingKeys(file, List.of(inKeyring), access);
        LOG.info("connection secrets are sealed with the {} (mode {})", useKeyring ? "OS keyring" : "key file", mode);
        return keys;
    }

    /** The key new secrets are sealed with. */
    public KeyStorage current() {
        return current;
    }

    /** The key that sealed a row stored with {@code keyId}, if this data directory has it. */
    public Optional<KeyStorage> sealer(String keyId) {
        if (current.sealed(keyId)) {
            return Optional.of(current);
        }
        return readable.stream().filter(key -> key.sealed(keyId)).findFirst();
    }

    @Override
    public void close() {
        if (keyring instanceof KeyringAccess.Open open) {
            open.vault().close();
        }
    }
}
