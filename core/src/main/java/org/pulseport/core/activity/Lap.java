package org.pulseport.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** One lap (or auto-lap split) of an activity with its own totals. */
public record Lap(
        Instant start,
        Duration elapsed,
        Duration timer,
        OptionalDouble distanceMeters,
        Efforts efforts,
        OptionalInt calories) {

    public Lap {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(distanceMeters, "distanceMeters");
        Objects.requireNonNull(efforts, "efforts");
        Objects.requireNonNull(calories, "calories");
    }
}
