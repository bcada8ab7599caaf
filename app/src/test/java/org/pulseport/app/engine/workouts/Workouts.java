package org.pulseport.app.engine.workouts;

import java.time.Duration;
import java.util.List;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;

/** Sample workouts for the queue tests. */
final class Workouts {

    private Workouts() {
    }

    static Workout threshold() {
        return threshold(4);
    }

    static Workout threshold(int repeats) {
        return new Workout("Threshold", Sport.CYCLING, List.of(
                SingleStep.of(Intensity.WARMUP, new StepDuration.Time(Duration.ofMinutes(10)), new StepTarget.None()),
                new RepeatStep(repeats, List.of(SingleStep.of(Intensity.ACTIVE, new StepDuration.Time(Duration.ofMinutes(8)),
                        new StepTarget.Power(new TargetRange.Percent(95, 105)))))));
    }
}
