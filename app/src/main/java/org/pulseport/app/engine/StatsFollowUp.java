package org.pulseport.app.engine;

import java.time.Clock;
import org.pulseport.app.store.DailyStatsRepository;

/**
 * After a sync that stored new readings: notes the range for the daily statistics (so only those days are
 * recomputed) and asks the engine to run the aggregation.
 */
public final class StatsFollowUp implements SyncFollowUp {

    private final DailyStatsRepository stats;
    private final java.util.function.LongConsumer requestAggregation;
    private final Clock clock;

    public StatsFollowUp(DailyStatsRepository stats, java.util.function.LongConsumer requestAggregation, Clock clock) {
        this.stats = stats;
        this.requestAggregation = requestAggregation;
        this.clock = clock;
    }

    @Override
    public void afterSync(SyncReport report) {
        if (report.counts().inserted() > 0 && report.window() != null) {
            stats.markPending(report.profileId(), report.window().from(), report.window().to(), clock.instant());
            requestAggregation.accept(report.profileId());
        }
    }
}
