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

    /** Ends when the heart rate falls below the given beats per minute. */
    record HeartRateBelow(int bpm) implements StepDuration {
        public HeartRateBelow {
            requirePositive(bpm, "bpm");
        }
    }

    /** Ends when the heart rate rises above the given beats per minute. */
    record HeartRateAbove(int bpm) implements StepDuration {
        public HeartRateAbove {
            requirePositive(bpm, "bpm");
        }
    }

    /** Ends when the power falls below the given watts. */
    record PowerBelow(int watts) implements StepDuration {
        public PowerBelow {
            requirePositive(watts, "watts");
        }
    }

    /** Ends when the power rises above the given watts. */
    record PowerAbove(int watts) implements StepDuration {
        public PowerAbove {
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
