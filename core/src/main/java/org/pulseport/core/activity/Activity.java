package org.pulseport.core.activity;

import java.util.List;
import java.util.Objects;

/** An imported activity: what was done in summary, its laps and the recorded per-sample streams. */
public record Activity(ActivitySummary summary, List<Lap> laps, RecordStreams records) {

    public Activity {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(records, "records");
        laps = List.copyOf(laps);
    }
}
