package org.pulseport.app.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.DatabaseTarget;
import org.pulseport.app.store.FileTrees;
import org.pulseport.app.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup into a data directory that this process has claimed and whose database is closed. The backup is
 * unpacked beside the data and checked first (the database opens, is not from a newer Pulseport, and Flyway
 * validates it); only then are files replaced: the previous database stays as {@code pulseport.mv.db.before-restore}
 * and the previous keys as {@code keys.before-restore}.
 *
 * <p>A running Pulseport cannot replace its own open database, so the desktop app {@linkplain #stage stages} a
 * checked backup as {@value BackupFiles#PENDING_RESTORE}, and the next start {@linkplain #applyPending applies} it
 * before opening the store.
 */
public final class DataDirectoryRestore {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryRestore.class);
    private static final String KEYS = "keys";

    private final Path dataDirectory;

    public DataDirectoryRestore(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
    }

    /**
     * Checks the backup and replaces the data directory's database, keys and other files with its contents.
     *
     * @throws BackupException when the backup cannot be used; nothing was changed then
     */
    public RestoreResult restore(Path archive) {
        Path work = workFolder();
        try {
            Instant takenAt = unpackAndCheck(archive, work);
            Optional<Path> previous = replaceWith(work);
            LOG.info("Restored the backup {} (taken {}) into {}", archive, takenAt, dataDirectory);
            return new RestoreResult(archive, takenAt, previous);
        } catch (IOException e) {
            throw new BackupException("Restoring " + archive + " failed while replacing files in " + dataDirectory
                    + ": " + e.getMessage() + ". The previous database is kept as " + BackupArchive.DATABASE
                    + BackupFiles.BEFORE_RESTORE + " if it was moved already.", e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Checks a backup now and keeps a copy to be restored at the next start (while Pulseport runs on this directory).
     *
     * @return when the backup was taken
     * @throws BackupException when the backup cannot be used; nothing was changed then
     */
    public Instant stage(Path archive) {
        Path work = workFolder();
        try {
            Instant takenAt = unpackAndCheck(archive, work);
            Path partial = Files.createTempFile(dataDirectory, BackupFiles.WORK_PREFIX + "pending-", ".zip");
            Files.copy(archive, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, pendingFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Staged the backup {} (taken {}) to be restored at the next start", archive, takenAt);
            return takenAt;
        } catch (IOException e) {
            throw new BackupException("Cannot keep the backup for the next start: " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Restores a staged backup, if there is one, and removes it; a staged backup that cannot be restored is
     * renamed to {@code restore-pending.zip.failed} and the data directory is left as it was.
     */
    public Optional<RestoreResult> applyPending() {
        Path pending = pendingFile();
        if (!Files.exists(pending)) {
            return Optional.empty();
        }
        try {
            RestoreResult restored = restore(pending);
            Files.deleteIfExists(pending);
            return Optional.of(restored);
        } catch (BackupException | IOException e) {
            LOG.error("The backup staged for restore could not be restored; it is kept as {}.failed", pending, e);
            try {
                Files.move(pending, pending.resolveSibling(pending.getFileName() + ".failed"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.error("Could not rename {}", pending, moveFailed);
            }
            return Optional.empty();
        }
    }

    private Path pendingFile() {
        return dataDirectory.resolve(BackupFiles.PENDING_RESTORE);
    }

    private Path workFolder() {
        try {
            return Files.createTempDirectory(dataDirectory, BackupFiles.WORK_PREFIX + "restore-");
        } catch (IOException e) {
            throw new BackupException("Cannot write to the data directory " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static Instant unpackAndCheck(Path archive, Path work) {
        if (!Files.isRegularFile(archive)) {
            throw new BackupException("There is no backup file " + archive + ".");
        }
        Instant takenAt = BackupArchive.extract(archive, work);
        try {
            Database.validate(DatabaseTarget.embedded(work));
        } catch (StoreException e) {
            throw new BackupException("The backup " + archive + " cannot be restored: " + e.getMessage()
                    + " Nothing was changed.", e);
        }
        return takenAt;
    }

    private Optional<Path> replaceWith(Path work) throws IOException {
        Optional<Path> previous = Optional.empty();
        Path database = dataDirectory.resolve(BackupArchive.DATABASE);
        if (Files.exists(database)) {
            Path kept = dataDirectory.resolve(BackupArchive.DATABASE + BackupFiles.BEFORE_RESTORE);
            Files.move(database, kept, StandardCopyOption.REPLACE_EXISTING);
            previous = Optional.of(kept);
        }
        Files.move(work.resolve(BackupArchive.DATABASE), database);
        if (Files.isDirectory(work.resolve(KEYS))) {
            Path keys = dataDirectory.resolve(KEYS);
            if (Files.exists(keys)) {
                Path keptKeys = dataDirectory.resolve(KEYS + BackupFiles.BEFORE_RESTORE);
                deleteTree(keptKeys);
                Files.move(keys, keptKeys);
            }
        }
        for (Path file : filesIn(work)) {
            Path target = dataDirectory.resolve(work.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        ownerOnly(dataDirectory.resolve(KEYS));
        return previous;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Keys are readable by their owner only (0600 in a 0700 folder), as {@code KeyFile} creates them. */
    private static void ownerOnly(Path keys) throws IOException {
        if (!Files.isDirectory(keys) || !keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
        for (Path key : filesIn(keys)) {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void deleteTree(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", folder, e.getMessage());
        }
    }
}
