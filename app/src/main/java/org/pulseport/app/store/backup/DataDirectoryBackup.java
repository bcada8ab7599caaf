package org.pulseport.app.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.DatabaseTarget;
import org.pulseport.app.store.FileTrees;
import org.pulseport.app.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a backup of a data directory while Pulseport runs: H2's online {@code BACKUP TO} copies the database
 * without stopping writers and consistent to a committed state (a sync's half-written batch is not in it); the copy
 * is opened and validated before the keys and other files are added. The file is written beside its target and renamed into place, readable by
 * its owner only: it holds the keys.
 */
public final class DataDirectoryBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryBackup.class);
    private static final int MAX_ATTEMPTS = 2;

    private final DataSource dataSource;
    private final Path dataDirectory;
    private final Clock clock;

    public DataDirectoryBackup(DataSource dataSource, Path dataDirectory, Clock clock) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.clock = clock;
    }

    /**
     * Writes a backup to {@code target}, replacing a file there.
     *
     * @throws BackupException when it cannot be written; no partial file is left at {@code target}
     */
    public BackupResult writeTo(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (file.startsWith(dataDirectory)) {
            throw new BackupException("Put the backup outside the data directory " + dataDirectory
                    + " (a backup inside it would be lost with it).");
        }
        Instant takenAt = clock.instant();
        Path h2Backup = null;
        Path partial = null;
        try {
            Files.createDirectories(file.getParent());
            h2Backup = Files.createTempFile(dataDirectory, BackupFiles.WORK_PREFIX + "h2-", ".zip");
            backupVerifiedDatabase(h2Backup);
            partial = ownerOnlyTempFile(file);
            int files = BackupArchive.write(partial, h2Backup, dataDirectory, BackupFiles.in(dataDirectory), takenAt);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long bytes = Files.size(file);
            LOG.info("Backup of {} written to {} ({} bytes, {} files)", dataDirectory, file, bytes, files);
            return new BackupResult(file, takenAt, bytes, files);
        } catch (IOException | SQLException e) {
            throw new BackupException("Cannot write the backup " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(h2Backup);
            deleteQuietly(partial);
        }
    }

    /** H2's backup, opened and validated before it goes into the archive; taken once more if it does not validate. */
    private void backupVerifiedDatabase(Path h2Backup) throws SQLException, IOException {
        for (int attempt = 1; ; attempt++) {
            backupDatabase(h2Backup);
            Optional<String> problem = problemOf(h2Backup);
            if (problem.isEmpty()) {
                return;
            }
            LOG.warn("H2's backup did not validate (attempt {}): {}", attempt, problem.get());
            if (attempt == MAX_ATTEMPTS) {
                throw new BackupException("The backup could not be verified (" + problem.get() + "). Try again.");
            }
        }
    }

    private Optional<String> problemOf(Path h2Backup) throws IOException {
        Path check = Files.createTempDirectory(dataDirectory, BackupFiles.WORK_PREFIX + "verify-");
        try {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(h2Backup))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals(BackupArchive.DATABASE)) {
                        Files.copy(zip, check.resolve(BackupArchive.DATABASE));
                    }
                }
            }
            Database.validate(DatabaseTarget.embedded(check));
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        } finally {
            FileTrees.delete(check);
        }
    }

    private void backupDatabase(Path h2Backup) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.execute("BACKUP TO '" + h2Backup.toString().replace("'", "''") + "'");
        }
    }

    private static Path ownerOnlyTempFile(Path target) throws IOException {
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + "-";
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, prefix, ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, prefix, ".part");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the temporary file {}: {}", file, e.getMessage());
            }
        }
    }
}
