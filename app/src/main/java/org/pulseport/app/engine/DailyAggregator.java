package org.pulseport.app.engine;

import java.util.Set;

/** Recomputes daily statistics (and their rolling averages) for the days touched by new data. */
@FunctionalInterface
public interface DailyAggregator {

    /** What one aggregation wrote: day rows, and the profiles they belong to. */
    record Result(int rows, Set<Long> profiles) {
        public static final Result NOTHING = new Result(0, Set.of());
    }

    /** Brings every profile's daily statistics up to date. */
    Result aggregateAll();
}
