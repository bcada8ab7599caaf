package org.pulseport.providers.workouts;

import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.WorkoutStep;

/** The planned length of a workout in seconds, counting timed steps only (what calendars show as duration). */
public final class WorkoutSeconds {

    private WorkoutSeconds() {
    }

    public static long of(Workout workout) {
        return sum(workout.steps());
    }

    private static long sum(java.util.List<WorkoutStep> steps) {
        long total = 0;
        for (WorkoutStep step : steps) {
            if (step instanceof RepeatStep repeat) {
                total += repeat.count() * sum(repeat.steps());
            } else if (((SingleStep) step).duration() instanceof StepDuration.Time time) {
                total += time.length().toSeconds();
            }
        }
        return total;
    }
}
