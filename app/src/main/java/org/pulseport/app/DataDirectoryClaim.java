package org.pulseport.app;

import java.nio.file.Path;
import org.pulseport.app.store.DataDirectory;
import org.pulseport.app.store.InstanceLock;
import org.pulseport.app.store.backup.DataDirectoryRestore;

/**
 * A data directory this process has prepared and locked for itself, with the log file attached and a restore that
 * Settings staged for this start applied.
 */
final class DataDirectoryClaim implements AutoCloseable {

    private final Path directory;
    private final InstanceLock lock;

    private DataDirectoryClaim(Path directory, InstanceLock lock) {
        this.directory = directory;
        this.lock = lock;
    }

    /**
     * Prepares and locks the requested directory (or the platform default).
     *
     * @throws org.pulseport.app.store.StoreException when it is not writable or another instance holds it
     */
    static DataDirectoryClaim claim(Path requested) {
        Path directory = DataDirectory.prepare(requested != null ? requested : DataDirectory.platformDefault());
        InstanceLock lock = InstanceLock.acquire(directory);
        try {
            LogFiles.attach(directory);
            new DataDirectoryRestore(directory).applyPending();
            return new DataDirectoryClaim(directory, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() {
        lock.close();
    }
}
