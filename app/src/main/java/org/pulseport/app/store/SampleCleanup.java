package org.pulseport.app.store;

import java.time.Instant;
import javax.sql.DataSource;

/** Deletes raw samples that are past retention or whose source is gone; daily statistics are never touched. */
public final class SampleCleanup {

    private final Jdbc jdbc;

    public SampleCleanup(DataSource dataSource) {
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
}
