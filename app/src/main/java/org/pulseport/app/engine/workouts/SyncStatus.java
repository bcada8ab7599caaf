package org.pulseport.app.engine.workouts;

import java.time.Instant;

/**
 * The seed's status answer for one entity at one destination: synced (processed without error), pending (queued,
 * possibly retrying after an error), failed (processed with an error), with the error, the last attempt and the
 * retry count.
 */
public record SyncStatus(String provider, boolean synced, boolean pending, boolean failed, String errorType,
                         String errorMessage, Instant lastAttempt, int retryCount) {

    /** The badge a view shows: ✓ synced, ⏳ pending, ✗ failed. */
    public String badge() {
        return synced ? "✓" : pending ? "⏳" : "✗";
    }

    /** A line for a tooltip or the command line: the state, and for errors what to do and the detail. */
    public String describe() {
        String state = synced ? "synced" : pending ? "pending" + (retryCount > 0 ? " (retry #" + retryCount + ")" : "") : "failed";
        SyncErrorType type = SyncErrorType.ofCode(errorType);
        if (type == null) {
            return errorMessage == null ? provider + ": " + state : provider + ": " + state + " - " + errorMessage;
        }
        return provider + ": " + state + " - " + type.code() + ": " + type.userMessage() + " (" + errorMessage + ")";
    }
}
