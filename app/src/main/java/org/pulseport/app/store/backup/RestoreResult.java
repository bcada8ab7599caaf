package org.pulseport.app.store.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A backup restored into a data directory: when the backup was taken, and where the database it replaced was
 * kept ({@code pulseport.mv.db.before-restore}; empty when the data directory had none).
 */
public record RestoreResult(Path backup, Instant takenAt, Optional<Path> previousDatabase) {
}
