package org.pulseport.app.analytics;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The AGP percentiles of one time-of-day bin, mg/dL; NaN when the bin has no readings.
 *
 * @param start    local time the bin starts at
 * @param readings readings that fell into the bin (before smoothing)
 */
public record AgpPercentiles(LocalTime start, int readings, double p5, double p25, double p50, double p75,
                             double p95) {

    /** The percentiles an AGP shows, as fractions. */
    static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

    public AgpPercentiles {
        Objects.requireNonNull(start, "start");
    }

    static AgpPercentiles of(LocalTime start, int readings, double[] values) {
        return new AgpPercentiles(start, readings, values[0], values[1], values[2], values[3], values[4]);
    }
}
