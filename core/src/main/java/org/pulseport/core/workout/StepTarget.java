package org.pulseport.core.workout;

import java.util.Objects;

/**
 * What the athlete aims for during a step. Ranges are in the metric's natural unit: heart rate in beats per
 * minute (or percent of maximum heart rate), power in watts (or percent of FTP), cadence in revolutions or
 * steps per minute, speed in metres per second. Cadence and speed have no percentage form.
 */
public sealed interface StepTarget {

    /** No target: go by feel. */
    record None() implements StepTarget {
    }

    record HeartRate(TargetRange range) implements StepTarget {
        public HeartRate {
            Objects.requireNonNull(range, "range");
            if (range instanceof TargetRange.Percent && ((TargetRange.Percent) range).high() > 100) {
                throw new IllegalArgumentException("heart rate cannot exceed 100 % of maximum, got " + range);
            }
        }
    }

    record Power(TargetRange range) implements StepTarget {
        public Power {
            Objects.requireNonNull(range, "range");
        }
    }

    record Cadence(TargetRange range) implements StepTarget {
        public Cadence {
            requireAbsolute(range);
        }
    }

    record Speed(TargetRange range) implements StepTarget {
        public Speed {
            requireAbsolute(range);
        }
    }

    private static void requireAbsolute(TargetRange range) {
        Objects.requireNonNull(range, "range");
        if (range instanceof TargetRange.Percent) {
            throw new IllegalArgumentException("cadence and speed targets have no percentage form");
        }
    }
}
