package org.pulseport.core.workout.sync;

import java.util.Objects;
import org.pulseport.core.error.PulseportError;

/** How one destination call ended. */
public sealed interface DestinationResult {

    /** The destination holds the item under {@code remoteId} (created or updated). */
    record Synced(String remoteId) implements DestinationResult {
        public Synced {
            Objects.requireNonNull(remoteId, "remoteId");
        }
    }

    /** The item is gone from the destination (deleted now, or it was already gone). */
    record Deleted() implements DestinationResult {
    }

    /** Nothing to do at this destination (e.g. it only keeps dated workouts); the operation is complete. */
    record NotApplicable(String reason) implements DestinationResult {
    }

    /** Cannot happen yet and is not an error (a head unit is not connected); stays queued, not counted as a try. */
    record Waiting(String reason) implements DestinationResult {
    }

    /** The destination refused or failed; {@code error} decides whether and when the queue retries. */
    record Failed(PulseportError error) implements DestinationResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
