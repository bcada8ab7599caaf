package org.pulseport.core.workout;

import java.time.Duration;
import java.util.Objects;

/** What ends a step. */
public sealed interface StepDuration {

    /** Ends after a fixed time. */
    record Time(Duration length) implements StepDuration {
        public Time {
            Objects.requireNonNull(length, "length");
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a timed step lasts longer than zero, got " + length);
            }
        }
    }

    /** Ends after a distance in metres. */
    record Distance(double meters) implements StepDuration {
        public Distance {
            if (!(meters > 0)) {
                throw new IllegalArgumentException("a distance step covers more than 0 m, got " + meters);
            }
        }
    }

    /** Ends after burning the given kilocalories. */
    record Calories(int kilocalories) implements StepDuration {
        public Calories {
            requirePositive(kilocalories, "kilocalories");
        }
    }

    /** Which way a threshold ends a step: when the value falls below it or rises above it. */
    enum Crossing { BELOW, ABOVE }

    /** Ends when the heart rate crosses {@code bpm} beats per minute. */
    record HeartRateThreshold(Crossing crossing, int bpm) implements StepDuration {
        public HeartRateThreshold {
            Objects.requireNonNull(crossing, "crossing");
            requirePositive(bpm, "bpm");
        }
    }

    /** Ends when the power crosses {@code watts}. */
    record PowerThreshold(Crossing crossing, int watts) implements StepDuration {
        public PowerThreshold {
            Objects.requireNonNull(crossing, "crossing");
            requirePositive(watts, "watts");
        }
    }

    /** Ends when the athlete presses the lap button. */
    record Open() implements StepDuration {
    }

    private static void requirePositive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
