package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import org.pulseport.app.store.StoreCleanup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly clean-up: raw samples older than the retention period (90 days by default; daily statistics are
 * kept), samples orphaned by removed sources and processed workout-sync queue entries older than 30 days.
 * Duplicates cannot exist: the samples table's key forbids them.
 */
public final class RetentionCleanup {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
    public static final Duration QUEUE_HISTORY = Duration.ofDays(30);
    private static final Logger LOG = LoggerFactory.getLogger(RetentionCleanup.class);

    private final StoreCleanup store;
    private final Duration retention;
    private final Clock clock;

    public RetentionCleanup(StoreCleanup store, Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    /** What one clean-up removed. */
    public record Result(int expired, int orphaned, int queueEntries) {
    }

    public Result run() {
        int expired = store.deleteRecordedBefore(clock.instant().minus(retention));
        int orphaned = store.deleteOrphans();
        int queueEntries = store.deleteProcessedQueueEntriesBefore(clock.instant().minus(QUEUE_HISTORY));
        LOG.info("cleanup removed {} samples older than {} days, {} orphaned samples and {} processed queue entries",
                expired, retention.toDays(), orphaned, queueEntries);
        return new Result(expired, orphaned, queueEntries);
    }
}
