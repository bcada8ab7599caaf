package org.pulseport.app.engine;

import java.util.List;
import java.util.Objects;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.devices.fit.FitActivityMapper;

/** What importing one activity file did; never an exception for a bad file. */
public sealed interface ActivityImportResult {

    /** The file as the user named it (its name, not the full path). */
    String fileName();

    /**
     * Stored. {@code warnings} say what was tolerated; {@link #partial()} when decoding stopped early and only the
     * data before the error (whose byte offset the warning names) was kept.
     */
    record Imported(String fileName, long activityId, ActivitySummary summary, int laps, int records,
                    List<String> warnings)
            implements ActivityImportResult {
        public Imported {
            Objects.requireNonNull(summary, "summary");
            warnings = List.copyOf(warnings);
        }

        public boolean partial() {
            return warnings.stream().anyMatch(w -> w.startsWith(FitActivityMapper.PARTIAL_WARNING));
        }
    }

    /** Nothing new: the profile already has this file or this recording. */
    record AlreadyImported(String fileName, long activityId, String reason) implements ActivityImportResult {
    }

    /** Nothing stored: {@code message} says why (for a broken file, where: the byte offset). */
    record Failed(String fileName, String message) implements ActivityImportResult {
    }
}
