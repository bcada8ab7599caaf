package org.pulseport.core.workout;

import java.util.List;

/** Runs its child steps {@code count} times in a row; children may themselves be repeats. */
public record RepeatStep(int count, List<WorkoutStep> steps) implements WorkoutStep {

    public RepeatStep {
        if (count < 1) {
            throw new IllegalArgumentException("a repeat runs at least once, got " + count);
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a repeat needs at least one step");
        }
    }
}
