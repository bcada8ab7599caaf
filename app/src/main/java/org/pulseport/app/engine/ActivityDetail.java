package org.pulseport.app.engine;

import java.util.List;
import java.util.Objects;
import org.pulseport.core.activity.Lap;
import org.pulseport.core.activity.RecordStreams;

/** One stored activity in full: its entry, laps and recorded streams (for the detail view and its charts). */
public record ActivityDetail(ActivityEntry entry, List<Lap> laps, RecordStreams records) {

    public ActivityDetail {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(records, "records");
        laps = List.copyOf(laps);
    }
}
