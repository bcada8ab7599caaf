package org.pulseport.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pulseport.app.AppSession;
import org.pulseport.app.store.backup.BackupException;
import org.pulseport.app.store.backup.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulseport restore FILE}: replaces the data directory's database and keys with a checked backup. */
@Command(name = "restore", description = "Restore a backup made with 'pulseport backup' (only while Pulseport is not "
        + "running on the data directory). The backup is checked first; the current database is kept as "
        + "pulseport.mv.db.before-restore.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    private Path file;

    RestoreCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try {
            RestoreResult result = AppSession.restore(root.options().dataDirectory(), file);
            spec.commandLine().getOut().printf("Restored the backup taken %s.%s%n", result.takenAt(),
                    result.previousDatabase().map(previous -> " The previous database is kept as " + previous + ".")
                            .orElse(""));
            return 0;
        } catch (BackupException e) {
            spec.commandLine().getErr().println("pulseport: " + e.getMessage());
            return 1;
        }
    }
}
