package org.pulseport.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.pulseport.core.model.Sport;

/**
 * The totals of an activity. {@code start} is UTC, {@code utcOffset} the offset the device recorded it at;
 * {@code elapsed} is wall-clock time from start to end, {@code timer} the time the timer ran (pauses excluded).
 * Values a device did not record are empty.
 */
public record ActivitySummary(
        Sport sport,
        Instant start,
        ZoneOffset utcOffset,
        Duration elapsed,
        Duration timer,
        OptionalDouble distanceMeters,
        Efforts efforts,
        OptionalDouble ascentMeters,
        OptionalInt calories,
        Optional<DeviceIdentity> device) {

    public ActivitySummary {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(utcOffset, "utcOffset");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(distanceMeters, "distanceMeters");
        Objects.requireNonNull(efforts, "efforts");
        Objects.requireNonNull(ascentMeters, "ascentMeters");
        Objects.requireNonNull(calories, "calories");
        Objects.requireNonNull(device, "device");
    }
}
