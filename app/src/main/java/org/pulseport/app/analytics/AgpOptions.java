package org.pulseport.app.analytics;

import java.time.Duration;
import java.util.Objects;

/**
 * How an Ambulatory Glucose Profile is computed.
 *
 * @param binMinutes     width of the time-of-day bins; must divide 1440 (default 15: 96 bins, about 42
 *                       readings per bin over 14 days of 5-minute data)
 * @param smoothed       whether each percentile curve is smoothed with a circular (1, 2, 1)/4 kernel over
 *                       neighbouring bins (default on; off gives the raw bin percentiles)
 * @param sensorInterval the sensor's reading interval, for % time CGM active (5 min Dexcom, 15 min Libre 1)
 */
public record AgpOptions(int binMinutes, boolean smoothed, Duration sensorInterval) {

    private static final int MINUTES_PER_DAY = 1440;

    public AgpOptions {
        Objects.requireNonNull(sensorInterval, "sensorInterval");
        if (binMinutes < 1 || MINUTES_PER_DAY % binMinutes != 0) {
            throw new IllegalArgumentException("bin width must divide 1440 minutes: " + binMinutes);
        }
        if (sensorInterval.isNegative() || sensorInterval.isZero()) {
            throw new IllegalArgumentException("sensor interval must be positive: " + sensorInterval);
        }
    }

    /** 15-minute bins, smoothed, 5-minute sensor. */
    public static AgpOptions defaults() {
        return new AgpOptions(15, true, Duration.ofMinutes(5));
    }

    /** Number of bins per day. */
    public int binsPerDay() {
        return MINUTES_PER_DAY / binMinutes;
    }
}
