package org.pulseport.app.engine;

import java.util.List;
import java.util.Objects;
import org.pulseport.core.activity.ActivitySummary;

/** A stored activity as the activity list shows it. */
public record ActivityEntry(long id, ActivitySummary summary, String fileName, int records, List<String> warnings) {

    public ActivityEntry {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(fileName, "fileName");
        warnings = List.copyOf(warnings);
    }
}
