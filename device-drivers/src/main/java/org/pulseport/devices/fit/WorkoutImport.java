package org.pulseport.devices.fit;

import java.util.Objects;
import org.pulseport.core.workout.Workout;

/** The outcome of reading a workout from FIT messages. */
public sealed interface WorkoutImport {

    record Imported(Workout workout) implements WorkoutImport {
        public Imported {
            Objects.requireNonNull(workout, "workout");
        }
    }

    /** The messages hold no workout, or one Pulseport's step model cannot express; {@code reason} says which. */
    record Rejected(String reason) implements WorkoutImport {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
