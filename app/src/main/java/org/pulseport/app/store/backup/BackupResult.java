package org.pulseport.app.store.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup written: where, when it was taken, how big it is and how many files of the data directory it holds. */
public record BackupResult(Path file, Instant takenAt, long bytes, int files) {
}
