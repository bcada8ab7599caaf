package org.pulseport.app.store.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection key as a file of 32 random bytes, {@code keys/connections.key} in the data directory, readable
 * and writable by its owner only (see {@link OwnerOnlyFiles}). Created on first use; a key file found with wider
 * permissions is narrowed to 0600 again, with a warning.
 */
public final class KeyFile implements KeyStorage {

    static final int KEY_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);

    private final Path file;
    private final SecureRandom random;
    private final boolean createIfMissing;
    private SecretKey key;

    public KeyFile(Path file, SecureRandom random) {
        this(file, random, true);
    }

    private KeyFile(Path file, SecureRandom random, boolean createIfMissing) {
        this.file = file;
        this.random = random;
        this.createIfMissing = createIfMissing;
    }

    /** The key file of a data directory. */
    public static KeyFile in(Path dataDirectory) {
        return new KeyFile(file(dataDirectory), new SecureRandom());
    }

    /** The key file of a data directory for opening what it sealed before: never created by asking for it. */
    static KeyFile existingIn(Path dataDirectory) {
        return new KeyFile(file(dataDirectory), new SecureRandom(), false);
    }

    private static Path file(Path dataDirectory) {
        return dataDirectory.resolve("keys").resolve("connections.key");
    }

    @Override
    public String keyId() {
        return "file-1";
    }

    @Override
    public synchronized SecretKey key() {
        if (key == null) {
            try {
                key = new SecretKeySpec(Files.exists(file) ? read() : create(), "AES");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or create the connection key file " + file, e);
            }
        }
        return key;
    }

    @Override
    public boolean sealed(String storedKeyId) {
        return keyId().equals(storedKeyId) && (createIfMissing || Files.exists(file));
    }

    @Override
    public String describe() {
        return "key file " + file;
    }

    public Path file() {
        return file;
    }

    private byte[] read() throws IOException {
        byte[] bytes = OwnerOnlyFiles.read(file);
        if (bytes.length != KEY_BYTES) {
            throw new IOException("the key file holds " + bytes.length + " bytes instead of " + KEY_BYTES
                    + "; restore it from a backup, or delete it and reconnect every cloud connection");
        }
        return bytes;
    }

    private byte[] create() throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        if (!OwnerOnlyFiles.create(file, bytes)) {
            return read();
        }
        LOG.info("created the connection key file {}", file);
        return bytes;
    }
}
