package org.pulseport.app.store;

import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deletes what the weekly clean-up expires: raw samples past retention or whose source is gone (daily statistics are
 * never touched) and processed workout-sync queue entries that only served as history.
 */
public final class StoreCleanup {

    private final Jdbc jdbc;

    public StoreCleanup(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Deletes raw samples recorded before {@code cutoff}; returns how many. */
    public int deleteRecordedBefore(Instant cutoff) {
        return jdbc.update("deleting samples past retention", "DELETE FROM samples WHERE recorded_at < ?",
                s -> Jdbc.setInstant(s, 1, cutoff));
    }

    /** Deletes samples of sources that no longer exist (a disconnected and removed connection or device). */
    public int deleteOrphans() {
        return jdbc.update("deleting samples of removed sources",
                "DELETE FROM samples WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = samples.source_id)", s -> { });
    }

    /** Deletes processed (succeeded or given-up) workout-sync queue entries older than {@code cutoff}; pending ones stay. */
    public int deleteProcessedQueueEntriesBefore(Instant cutoff) {
        return jdbc.update("deleting processed workout-sync queue entries",
                "DELETE FROM workout_sync_queue WHERE processed_at IS NOT NULL AND processed_at < ?",
                s -> Jdbc.setInstant(s, 1, cutoff));
    }
}
