package org.pulseport.app.engine;

import org.pulseport.app.store.IngestResult;
import org.pulseport.core.model.SyncWindow;

/** What one sync of one source did. */
public record SyncReport(long profileId, long sourceId, String connectorId, SyncWindow window, IngestResult counts,
                         Outcome outcome, String message) {

    /** How the sync ended. */
    public enum Outcome {
        /** Everything in the window was fetched and stored. */
        COMPLETED,
        /** The provider rejected the sign-in and refreshing failed: the source is now inactive. */
        DEACTIVATED,
        /** The source was inactive or its connector is not installed; nothing was fetched. */
        SKIPPED
    }
}
