package org.pulseport.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pulseport.core.activity.ActivitySummary;

/** An activity as listed from the store: its id and summary, where it came from, and what the import noted. */
public record StoredActivity(long id, long profileId, ActivitySummary summary, String fileName, int recordCount,
                             List<String> warnings, Instant importedAt) {

    public StoredActivity {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importedAt, "importedAt");
        warnings = List.copyOf(warnings);
    }
}
