package org.pulseport.app.store.secret;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files in the key folder: readable and writable by their owner only (0600 in a 0700 folder), created whole
 * through a private temporary file that is linked into place, so a crash never leaves half a file and an
 * existing file is never replaced. On file
 * systems without POSIX permissions (Windows) the data directory's per-user location protects them.
 */
final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code file} with {@code content}; false (and nothing written) when it exists already. */
    static boolean create(Path file, byte[] content) throws IOException {
        Path folder = file.getParent();
        Path temporary;
        if (posix(file)) {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            }
            temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        }
        try {
            Files.write(temporary, content);
            putInPlace(temporary, file);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Links the complete temporary file in as {@code file}, which fails if {@code file} exists (a rename would
     * replace it); where hard links are not supported, moves it without replacing.
     */
    private static void putInPlace(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException exists) {
            throw exists;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.move(temporary, file);
        }
    }

    /** Reads {@code file}, narrowing its permissions back to its owner first (with a warning) if they were wider. */
    static byte[] read(Path file) throws IOException {
        if (posix(file) && !OWNER_ONLY_FILE.equals(Files.getPosixFilePermissions(file))) {
            LOG.warn("key file {} was readable by others; restricting it to its owner", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
        return Files.readAllBytes(file);
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
