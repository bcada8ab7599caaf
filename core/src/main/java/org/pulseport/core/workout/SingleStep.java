package org.pulseport.core.workout;

import java.util.Objects;

/**
 * One step of a workout: how long it lasts, what to aim for and how hard it is meant to be.
 * {@code name} and {@code notes} are empty strings when the author gave none.
 */
public record SingleStep(String name, Intensity intensity, StepDuration duration, StepTarget target, String notes)
        implements WorkoutStep {

    public SingleStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(intensity, "intensity");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(notes, "notes");
    }

    /** An unnamed step without notes. */
    public static SingleStep of(Intensity intensity, StepDuration duration, StepTarget target) {
        return new SingleStep("", intensity, duration, target, "");
    }
}
