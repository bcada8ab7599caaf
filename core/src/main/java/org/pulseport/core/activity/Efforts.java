package org.pulseport.core.activity;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Average and maximum heart rate (beats per minute), power (watts) and average cadence (per minute) over an
 * activity or a lap; empty where no sensor reported them.
 */
public record Efforts(
        OptionalInt avgHeartRate,
        OptionalInt maxHeartRate,
        OptionalInt avgPower,
        OptionalInt maxPower,
        OptionalInt avgCadence) {

    public Efforts {
        Objects.requireNonNull(avgHeartRate, "avgHeartRate");
        Objects.requireNonNull(maxHeartRate, "maxHeartRate");
        Objects.requireNonNull(avgPower, "avgPower");
        Objects.requireNonNull(maxPower, "maxPower");
        Objects.requireNonNull(avgCadence, "avgCadence");
    }

    /** No sensor data at all. */
    public static Efforts none() {
        return new Efforts(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty());
    }
}
