package org.pulseport.app.engine.workouts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.pulseport.app.engine.DemoData;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;

/** The demo's workout library (three classic bike sessions), two of them planned in the coming days. */
public final class DemoWorkouts implements DemoData.Extra {

    private final WorkoutService workouts;
    private final Clock clock;

    public DemoWorkouts(WorkoutService workouts, Clock clock) {
        this.workouts = workouts;
        this.clock = clock;
    }

    @Override
    public void ensure(Profile demo) {
        if (!workouts.library(demo.id()).isEmpty()) {
            return;
        }
        StoredWorkout sweetSpot = workouts.create(demo.id(), new Workout("Sweet Spot 3×12'", Sport.CYCLING, List.of(
                step(Intensity.WARMUP, 10, 120, 170),
                new RepeatStep(3, List.of(step(Intensity.ACTIVE, 12, 225, 245), step(Intensity.REST, 4, 120, 150))),
                step(Intensity.COOLDOWN, 10, 110, 150))));
        StoredWorkout endurance = workouts.create(demo.id(), new Workout("Endurance 90'", Sport.CYCLING, List.of(
                new SingleStep("Steady", Intensity.ACTIVE, new StepDuration.Time(Duration.ofMinutes(90)),
                        new StepTarget.HeartRate(new TargetRange.Zone(2)), "Conversational pace"))));
        workouts.create(demo.id(), new Workout("VO2max 5×4'", Sport.CYCLING, List.of(
                step(Intensity.WARMUP, 15, 120, 180),
                new RepeatStep(5, List.of(step(Intensity.ACTIVE, 4, 290, 320), step(Intensity.REST, 4, 110, 140))),
                step(Intensity.COOLDOWN, 10, 110, 150))));
        LocalDate today = LocalDate.now(clock.withZone(demo.timeZone()));
        workouts.schedule(sweetSpot.id(), today.plusDays(1).atTime(LocalTime.of(6, 30)).atZone(demo.timeZone()));
        workouts.schedule(endurance.id(), today.plusDays(3).atTime(LocalTime.of(17, 30)).atZone(demo.timeZone()));
    }

    private static SingleStep step(Intensity intensity, int minutes, int lowWatts, int highWatts) {
        return SingleStep.of(intensity, new StepDuration.Time(Duration.ofMinutes(minutes)),
                new StepTarget.Power(new TargetRange.Between(lowWatts, highWatts)));
    }
}
