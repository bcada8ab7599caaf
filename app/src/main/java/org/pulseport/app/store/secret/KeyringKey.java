package org.pulseport.app.store.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection key held in the operating system's keyring. The keyring keeps the 32 key bytes (Base64) under a
 * random key id; the data directory keeps only that id, in {@code keys/keyring-key.id}, so each data directory has
 * its own key. A key is created only when no id is on file: a keyring that fails to answer never causes a new key
 * to replace the one that sealed the stored sign-ins.
 */
public final class KeyringKey implements KeyStorage {

    static final String ID_PREFIX = "keyring-";
    private static final Logger LOG = LoggerFactory.getLogger(KeyringKey.class);

    private final KeyringAccess access;
    private final Path idFile;
    private final SecureRandom random;
    private String id;
    private SecretKey key;

    public KeyringKey(KeyringAccess access, Path idFile, SecureRandom random) {
        this.access = access;
        this.idFile = idFile;
        this.random = random;
    }

    /** The keyring key of a data directory. */
    public static KeyringKey in(Path dataDirectory, KeyringAccess access) {
        return new KeyringKey(access, idFile(dataDirectory), new SecureRandom());
    }

    /** Where a data directory names its keyring key; the file exists once a keyring key was created for it. */
    public static Path idFile(Path dataDirectory) {
        return dataDirectory.resolve("keys").resolve("keyring-key.id");
    }

    /** The id on file, without asking the keyring; a new key is created (in the keyring) only when none is. */
    @Override
    public synchronized String keyId() {
        if (id == null) {
            Optional<String> known = storedId();
            if (known.isPresent()) {
                id = known.get();
            } else {
                load();
            }
        }
        return id;
    }

    @Override
    public synchronized SecretKey key() {
        load();
        return key;
    }

    @Override
    public boolean sealed(String storedKeyId) {
        return storedKeyId.startsWith(ID_PREFIX) && storedId().filter(storedKeyId::equals).isPresent();
    }

    @Override
    public String describe() {
        String where = access instanceof KeyringAccess.Open open ? "the " + open.vault().name() : "the keyring";
        return storedId().map(known -> "key '" + account(known) + "' in " + where).orElse("a new key in " + where);
    }

    private void load() {
        if (key != null) {
            return;
        }
        PasswordVault vault = vault();
        Optional<String> known = storedId();
        if (known.isPresent()) {
            key = decode(vault, known.get(), vault.read(account(known.get())));
            id = known.get();
        } else {
            create(vault);
        }
    }

    /** Whether this data directory has a keyring key already (its id is on file). */
    boolean exists() {
        return storedId().isPresent();
    }

    private void create(PasswordVault vault) {
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        String newId = ID_PREFIX + HexFormat.of().formatHex(idBytes);
        byte[] bytes = new byte[KeyFile.KEY_BYTES];
        random.nextBytes(bytes);
        String encoded = Base64.getEncoder().encodeToString(bytes);
        vault.write(account(newId), encoded);
        if (!encoded.equals(readBack(vault, account(newId)))) {
            throw new KeyUnavailableException("the " + vault.name() + " did not keep the new connection key; "
                    + "set PULSEPORT_KEY_STORAGE=file to keep the key in the data directory instead");
        }
        try {
            if (!OwnerOnlyFiles.create(idFile, newId.getBytes(StandardCharsets.US_ASCII))) {
                load();
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the keyring key's id in " + idFile, e);
        }
        LOG.info("created the connection key '{}' in the {}", account(newId), vault.name());
        id = newId;
        key = new SecretKeySpec(bytes, "AES");
    }

    private static String readBack(PasswordVault vault, String account) {
        try {
            return vault.read(account);
        } catch (KeyUnavailableException e) {
            return null;
        }
    }

    private PasswordVault vault() {
        if (access instanceof KeyringAccess.Open open) {
            return open.vault();
        }
        throw new KeyUnavailableException("the connection key is kept in the keyring, but " + ((KeyringAccess.Closed) access).reason()
                + "; start Pulseport in your desktop session, or set PULSEPORT_KEY_STORAGE=file and connect again");
    }

    private Optional<String> storedId() {
        if (!Files.exists(idFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(OwnerOnlyFiles.read(idFile), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keyring key's id from " + idFile, e);
        }
    }

    private static SecretKey decode(PasswordVault vault, String keyId, String stored) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored == null ? "" : stored.strip());
        } catch (IllegalArgumentException notBase64) {
            bytes = new byte[0];
        }
        if (bytes.length != KeyFile.KEY_BYTES) {
            throw new KeyLostException("the entry '" + account(keyId) + "' in the " + vault.name()
                    + " is missing or damaged; connect the cloud accounts again, after deleting " + "keys/keyring-key.id"
                    + " in the data directory to start a new key");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    static String account(String keyId) {
        return "connections key " + keyId;
    }
}
