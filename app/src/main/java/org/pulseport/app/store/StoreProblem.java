package org.pulseport.app.store;

import java.nio.file.Path;

/**
 * Why the store could not be opened. Each message says what happened and what to do; none of them is
 * produced after anything in the data directory was changed.
 */
public sealed interface StoreProblem {

    String message();

    record DataDirectoryNotWritable(Path directory, String reason) implements StoreProblem {
        public String message() {
            return "Cannot write to the data directory " + directory + " (" + reason + "). "
                    + "Fix its permissions or choose another one with --data-dir DIR.";
        }
    }

    record AlreadyRunning(Path directory, String holder) implements StoreProblem {
        public String message() {
            return "Pulseport is already running with the data directory " + directory
                    + (holder.isBlank() ? "" : " (" + holder + ")")
                    + ". Use that window, close it first, or pass another --data-dir.";
        }
    }

    record DatabaseInUse(Path databaseFile) implements StoreProblem {
        public String message() {
            return "The database " + databaseFile + " is open in another program. Close that program and try again.";
        }
    }

    record NewerSchema(Path databaseFile, String databaseVersion, String supportedVersion) implements StoreProblem {
        public String message() {
            return "The database " + databaseFile + " was written by a newer Pulseport (schema version "
                    + databaseVersion + "; this version understands up to " + supportedVersion
                    + "). Install the newer Pulseport again, or use another --data-dir. Nothing was changed.";
        }
    }

    record CorruptDatabase(Path databaseFile, String reason) implements StoreProblem {
        public String message() {
            return "The database " + databaseFile + " is damaged and cannot be read (" + reason + "). "
                    + "Nothing was changed. Restore a backup (pulseport restore FILE) or move the file aside "
                    + "to start with an empty database.";
        }
    }

    record CannotOpen(String target, String reason) implements StoreProblem {
        public String message() {
            return "Cannot open the database " + target + ": " + reason;
        }
    }
}
