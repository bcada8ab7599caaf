package org.pulseport.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pulseport.app.AppSession;
import org.pulseport.app.store.backup.BackupException;
import org.pulseport.app.store.backup.BackupResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulseport backup FILE}: the whole data directory (database, keys, reports) into one zip file. */
@Command(name = "backup", description = "Back up the data directory (database, keys, reports) into a zip file. "
        + "The file holds the keys to your stored sign-ins: keep it safe.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Parameters(paramLabel = "FILE", description = "The backup file to write, e.g. pulseport-2025-01-31.zip.")
    private Path file;

    BackupCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (AppSession session = root.sessions().open(root.options())) {
            BackupResult result = session.context().data().backups().backup(file);
            spec.commandLine().getOut().printf("Backup written to %s (%,d bytes, %d files, taken %s).%n"
                    + "It holds the keys to your stored sign-ins: keep it somewhere safe.%n",
                    result.file(), result.bytes(), result.files(), result.takenAt());
            return 0;
        } catch (BackupException e) {
            spec.commandLine().getErr().println("pulseport: " + e.getMessage());
            return 1;
        }
    }
}
