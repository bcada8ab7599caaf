package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import org.pulseport.app.store.SampleCleanup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly clean-up: raw samples older than the retention period (90 days by default; daily statistics are
 * kept) and samples orphaned by removed sources. Duplicates cannot exist: the samples table's key forbids them.
 */
public final class RetentionCleanup {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
    private static final Logger LOG = LoggerFactory.getLogger(RetentionCleanup.class);

    private final SampleCleanup samples;
    private final Duration retention;
    private final Clock clock;

    public RetentionCleanup(SampleCleanup samples, Duration retention, Clock clock) {
        this.samples = samples;
        this.retention = retention;
        this.clock = clock;
    }

    /** What one clean-up removed. */
    public record Result(int expired, int orphaned) {
    }

    public Result run() {
        int expired = samples.deleteRecordedBefore(clock.instant().minus(retention));
        int orphaned = samples.deleteOrphans();
        LOG.info("cleanup removed {} samples older than {} days and {} orphaned samples", expired, retention.toDays(), orphaned);
        return new Result(expired, orphaned);
    }
}
