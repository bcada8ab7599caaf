package org.pulseport.core.workout;

import java.util.List;

/** One entry of a workout: either a single step or a repeat of child steps. */
public sealed interface WorkoutStep permits SingleStep, RepeatStep {

    /** Counts steps the way a flat step list (FIT, most cloud APIs) stores them: a repeat is one extra step. */
    static int flatCount(List<WorkoutStep> steps) {
        int count = 0;
        for (WorkoutStep step : steps) {
            count += step instanceof RepeatStep ? 1 + flatCount(((RepeatStep) step).steps()) : 1;
        }
        return count;
    }
}
