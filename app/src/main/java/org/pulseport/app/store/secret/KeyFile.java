package org.pulseport.app.store.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection key as a file of 32 random bytes, {@code keys/connections.key} in the data directory, readable
 * and writable by its owner only (0600, in a 0700 folder). Created on first use: written to a private temporary
 * file, then moved into place, so a crash never leaves half a key. A key file found with wider permissions is
 * narrowed to 0600 again, with a warning. On file systems without POSIX permissions (Windows) the data
 * directory's per-user location protects it.
 */
public final class KeyFile implements KeyStorage {

    static final int KEY_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final SecureRandom random;
    private SecretKey key;

    public KeyFile(Path file, SecureRandom random) {
        this.file = file;
        this.random = random;
    }

    /** The key file of a data directory. */
    public static KeyFile in(Path dataDirectory) {
        return new KeyFile(dataDirectory.resolve("keys").resolve("connections.key"), new SecureRandom());
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
    public String describe() {
        return "key file " + file;
    }

    public Path file() {
        return file;
    }

    private byte[] read() throws IOException {
        if (posix() && !OWNER_ONLY_FILE.equals(Files.getPosixFilePermissions(file))) {
            LOG.warn("connection key file {} was readable by others; restricting it to its owner", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != KEY_BYTES) {
            throw new IOException("the key file holds " + bytes.length + " bytes instead of " + KEY_BYTES
                    + "; restore it from a backup, or delete it and reconnect every cloud connection");
        }
        return bytes;
    }

    private byte[] create() throws IOException {
        Path folder = file.getParent();
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        Path temporary;
        if (posix()) {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            }
            temporary = Files.createTempFile(folder, "connections", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "connections", ".tmp");
        }
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            return read();
        } finally {
            Files.deleteIfExists(temporary);
        }
        LOG.info("created the connection key file {}", file);
        return bytes;
    }

    private boolean posix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
