package org.pulseport.app.store;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.pulseport.core.activity.Activity;

/**
 * An activity about to be stored: which profile and source it belongs to, the decoded activity, and the file it
 * came from (name and SHA-256 in hex, the deduplication key) with the decoder's warnings.
 */
public record NewActivity(long profileId, OptionalLong sourceId, Activity activity, String fileName, String sha256,
                          List<String> warnings) {

    public NewActivity {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        warnings = List.copyOf(warnings);
    }
}
