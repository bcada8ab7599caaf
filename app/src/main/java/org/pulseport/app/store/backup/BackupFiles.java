package org.pulseport.app.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which files of a data directory a backup holds besides the database: the keys (without them sealed sign-ins
 * and notification secrets would not open after a restore) and everything else the user keeps there (reports),
 * but not what belongs to one running instance (lock, socket, logs, staging) or to an earlier restore.
 */
final class BackupFiles {

    static final String BEFORE_RESTORE = ".before-restore";
    static final String PENDING_RESTORE = "restore-pending.zip";
    static final String WORK_PREFIX = ".pulseport-";

    private static final Set<String> RUNTIME_FILES = Set.of(BackupArchive.DATABASE, "pulseport.lock", "pulseport.sock",
            "pulseport.trace.db", PENDING_RESTORE);
    private static final Set<String> RUNTIME_FOLDERS = Set.of("logs", "staging");

    private BackupFiles() {
    }

    static List<Path> in(Path dataDirectory) throws IOException {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> belongs(dataDirectory.relativize(file)))
                    .sorted()
                    .toList();
        }
    }

    static boolean belongs(Path relative) {
        String first = relative.getName(0).toString();
        if (first.endsWith(BEFORE_RESTORE) || first.startsWith(WORK_PREFIX)) {
            return false;
        }
        return relative.getNameCount() == 1 ? !RUNTIME_FILES.contains(first) : !RUNTIME_FOLDERS.contains(first);
    }
}
