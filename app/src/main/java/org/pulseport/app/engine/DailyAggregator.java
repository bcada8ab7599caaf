package org.pulseport.app.engine;

/** Recomputes daily statistics (and their rolling averages) for the days touched by new data. */
@FunctionalInterface
public interface DailyAggregator {

    /** Brings every profile's daily statistics up to date; returns how many day rows were written. */
    int aggregateAll();
}
