package org.pulseport.app.ui;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.pulseport.app.engine.SyncReport;
import org.pulseport.core.error.PulseportException;

/** One line saying what a "Sync now" did, for the place where it was asked for. */
final class SyncSummary {

    private SyncSummary() {
    }

    static String of(List<SyncReport> reports) {
        if (reports.isEmpty()) {
            return "Nothing to sync: this profile has no active sources yet.";
        }
        long inserted = reports.stream().mapToLong(r -> r.counts().inserted()).sum();
        long deactivated = reports.stream().filter(r -> r.outcome() == SyncReport.Outcome.DEACTIVATED).count();
        String text = String.format("Synced %d source%s: %,d new reading%s.", reports.size(), reports.size() == 1 ? "" : "s",
                inserted, inserted == 1 ? "" : "s");
        return deactivated == 0 ? text : text + " " + deactivated + " connection(s) need to be reconnected in Connections.";
    }

    static String reason(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof PulseportException p ? p.error().userMessage() : String.valueOf(cause.getMessage());
    }
}
