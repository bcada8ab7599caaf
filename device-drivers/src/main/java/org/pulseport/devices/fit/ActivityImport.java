package org.pulseport.devices.fit;

import java.util.List;
import java.util.Objects;
import org.pulseport.core.activity.Activity;

/** The outcome of importing an activity from a FIT stream. */
public sealed interface ActivityImport {

    /**
     * The activity; {@code warnings} say what was skipped or tolerated (e.g. a file cut off after some records,
     * which makes the activity partial).
     */
    record Imported(Activity activity, List<String> warnings) implements ActivityImport {
        public Imported {
            Objects.requireNonNull(activity, "activity");
            warnings = List.copyOf(warnings);
        }
    }

    /** Nothing usable: not an activity, or unreadable before any activity data; {@code reason} says why. */
    record Rejected(String reason) implements ActivityImport {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
