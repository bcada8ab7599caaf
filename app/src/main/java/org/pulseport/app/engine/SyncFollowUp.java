package org.pulseport.app.engine;

/**
 * Work that follows a completed sync (webhook deliveries, the analytics job, anomaly checks, notifications);
 * each is enqueued, never run inline, so a slow follow-up never holds up the sync.
 */
@FunctionalInterface
public interface SyncFollowUp {

    void afterSync(SyncReport report);
}
