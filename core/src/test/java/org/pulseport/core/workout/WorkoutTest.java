package org.pulseport.core.workout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.Sport;

class WorkoutTest {

    private static final SingleStep EASY = SingleStep.of(Intensity.ACTIVE, new StepDuration.Time(Duration.ofMinutes(5)),
            new StepTarget.None());

    @Test
    void flatStepCountCountsEveryRepeatAsOneMoreStep() {
        Workout workout = new Workout("w", Sport.RUNNING, List.of(EASY,
                new RepeatStep(4, List.of(EASY, new RepeatStep(2, List.of(EASY, EASY)))), EASY));

        assertThat(workout.flatStepCount()).isEqualTo(7);
    }

    @Test
    void invalidStepsAreRefused() {
        assertThatThrownBy(() -> new RepeatStep(0, List.of(EASY))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepeatStep(2, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepDuration.Time(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepDuration.Distance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetRange.Between(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetRange.Zone(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepTarget.Cadence(new TargetRange.Percent(80, 90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepTarget.HeartRate(new TargetRange.Percent(80, 110)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsAreImmutableCopies() {
        List<WorkoutStep> steps = new java.util.ArrayList<>(List.of(EASY));
        Workout workout = new Workout("w", Sport.CYCLING, steps);

        steps.clear();

        assertThat(workout.steps()).containsExactly(EASY);
    }
}
