package org.pulseport.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.pulseport.app.store.StoreException;
import org.pulseport.app.store.backup.BackupException;
import org.pulseport.app.store.backup.DataDirectoryRestore;
import org.pulseport.app.store.backup.RestoreResult;

/**
 * Everything one run of Pulseport holds: the claimed data directory and the open application context.
 * Closing it closes the context first, then releases the data directory.
 */
public final class AppSession implements AutoCloseable {

    private final DataDirectoryClaim claim;
    private final AppContext context;

    private AppSession(DataDirectoryClaim claim, AppContext context) {
        this.claim = claim;
        this.context = context;
    }

    /**
     * Claims the data directory, then opens the store; with {@code demo}, makes sure the Demo profile and the demo
     * receiver (paired with "Demo patient") exist.
     */
    public static AppSession open(Path requestedDataDirectory, boolean demo, Consumer<String> progress) {
        return open(claim(requestedDataDirectory), demo, System.getenv(), progress);
    }

    /** Like {@link #open(Path, boolean, Consumer)}, with providers and schedules configured from {@code environment}. */
    public static AppSession open(Path requestedDataDirectory, boolean demo, Map<String, String> environment,
                                  Consumer<String> progress) {
        return open(claim(requestedDataDirectory), demo, environment, progress);
    }

    /**
     * Claims (prepares and locks) the data directory without opening the store yet.
     *
     * @throws StartupFailure when the directory cannot be written or another instance uses it
     */
    public static Claimed claim(Path requestedDataDirectory) {
        try {
            return new Claimed(DataDirectoryClaim.claim(requestedDataDirectory));
        } catch (StoreException e) {
            throw new StartupFailure(e.getMessage(), e);
        }
    }

    /**
     * Restores a backup into the data directory, which no Pulseport may be running on: it is claimed for the
     * restore and released afterwards.
     *
     * @throws StartupFailure when another instance uses the directory
     * @throws BackupException when the backup cannot be used; nothing was changed then
     */
    public static RestoreResult restore(Path requestedDataDirectory, Path backup) {
        try (Claimed claimed = claim(requestedDataDirectory)) {
            return new DataDirectoryRestore(claimed.directory()).restore(backup);
        }
    }

    /**
     * Opens the store in an already claimed data directory; releases the claim if opening fails.
     *
     * @throws StartupFailure when the database cannot be used (newer, damaged, in use by another program)
     */
    public static AppSession open(Claimed claimed, boolean demo, Consumer<String> progress) {
        return open(claimed, demo, System.getenv(), progress);
    }

    private static AppSession open(Claimed claimed, boolean demo, Map<String, String> environment,
                                   Consumer<String> progress) {
        AppContext context;
        try {
            context = AppContext.open(claimed.claim.directory(), Clock.systemUTC(), environment, progress);
        } catch (StoreException e) {
            claimed.close();
            throw new StartupFailure(e.getMessage(), e);
        } catch (RuntimeException e) {
            claimed.close();
            throw e;
        }
        AppSession session = new AppSession(claimed.claim, context);
        if (demo) {
            try {
                context.demoData().ensure(progress);
                context.demoDevice().ensure(progress);
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        }
        return session;
    }

    public AppContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            claim.close();
        }
    }

    /** A claimed data directory whose store is not open yet (the desktop app opens it behind its splash). */
    public static final class Claimed implements AutoCloseable {
        private final DataDirectoryClaim claim;

        private Claimed(DataDirectoryClaim claim) {
            this.claim = claim;
        }

        public Path directory() {
            return claim.directory();
        }

        @Override
        public void close() {
            claim.close();
        }
    }
}
