package org.pulseport.core.workout;

import java.util.List;
import java.util.Objects;
import org.pulseport.core.model.Sport;

/**
 * A planned, structured workout: what the workout editor edits, the sync queue sends to destinations and the
 * FIT codec writes to a head unit. Steps run in list order; repeats nest.
 */
public record Workout(String name, Sport sport, List<WorkoutStep> steps) {

    public Workout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sport, "sport");
        steps = List.copyOf(steps);
    }

    /** The number of steps counting every single step and every repeat once (as a FIT file stores them). */
    public int flatStepCount() {
        return WorkoutStep.flatCount(steps);
    }
}
