package org.pulseport.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The half-open time range [from, to) a sync asks a source for.
 */
public record SyncWindow(Instant from, Instant to) {

    public SyncWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts: " + from + " .. " + to);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
