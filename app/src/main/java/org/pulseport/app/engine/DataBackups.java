package org.pulseport.app.engine;

import java.nio.file.Path;
import java.time.Instant;
import org.pulseport.app.store.backup.BackupResult;
import org.pulseport.app.store.backup.DataDirectoryBackup;
import org.pulseport.app.store.backup.DataDirectoryRestore;

/**
 * Backups of the running data directory (consistent while syncs write), and restoring one: checked now, applied at
 * the next start, because a running Pulseport cannot replace its own open database.
 */
public final class DataBackups {

    private final DataDirectoryBackup backup;
    private final DataDirectoryRestore restore;

    public DataBackups(DataDirectoryBackup backup, DataDirectoryRestore restore) {
        this.backup = backup;
        this.restore = restore;
    }

    /** @throws org.pulseport.app.store.backup.BackupException when it cannot be written */
    public BackupResult backup(Path file) {
        return backup.writeTo(file);
    }

    /**
     * Checks the backup and keeps it to be restored when Pulseport next starts on this data directory.
     *
     * @return when the backup was taken
     * @throws org.pulseport.app.store.backup.BackupException when it cannot be restored; nothing was changed then
     */
    public Instant restoreAtNextStart(Path file) {
        return restore.stage(file);
    }
}
