package org.pulseport.core.workout;

/**
 * A target as an explicit low–high range, as a percentage range of the athlete's reference value (maximum heart
 * rate, functional threshold power), or as one of the athlete's training zones.
 */
public sealed interface TargetRange {

    /** Between {@code low} and {@code high} inclusive, in the target metric's unit. */
    record Between(double low, double high) implements TargetRange {
        public Between {
            if (!(low >= 0) || !(high >= low)) {
                throw new IllegalArgumentException("a range needs 0 <= low <= high, got " + low + ".." + high);
            }
        }
    }

    /** Between {@code low} and {@code high} percent of the athlete's reference value. */
    record Percent(int low, int high) implements TargetRange {
        public Percent {
            if (low < 0 || high < low || high > 1000) {
                throw new IllegalArgumentException("a percent range needs 0 <= low <= high <= 1000, got " + low + ".." + high);
            }
        }
    }

    /** The athlete's zone with this number (1 = easiest), resolved by the device or service. */
    record Zone(int number) implements TargetRange {
        public Zone {
            if (number < 1) {
                throw new IllegalArgumentException("zones are numbered from 1, got " + number);
            }
        }
    }
}
