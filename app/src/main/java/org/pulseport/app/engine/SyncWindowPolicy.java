package org.pulseport.app.engine;

import java.time.Duration;
import java.time.Instant;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.SyncWindow;

/**
 * Which time range a sync asks for: the first sync looks back {@code firstSync} (30 days by default); later syncs
 * start at the last-synced mark minus an overlap, so nothing falls between runs. Sources of daily summaries get
 * a long overlap (30 h by default, more than the 24 h a daily job covers) because a provider keeps revising
 * today's and yesterday's summaries; continuous sources a short one (1 h).
 */
public record SyncWindowPolicy(Duration firstSync, Duration dailyOverlap, Duration continuousOverlap) {

    public static final SyncWindowPolicy DEFAULT = new SyncWindowPolicy(Duration.ofDays(30), Duration.ofHours(30),
            Duration.ofHours(1));

    public SyncWindow window(Instant lastSynced, SourceConnector connector, Instant now) {
        if (lastSynced == null) {
            return new SyncWindow(now.minus(firstSync), now);
        }
        boolean daily = connector.capabilities().stream().anyMatch(m -> m.cadence() == MetricType.Cadence.DAILY);
        Instant from = lastSynced.minus(daily ? dailyOverlap : continuousOverlap);
        return new SyncWindow(from.isAfter(now) ? now : from, now);
    }
}
