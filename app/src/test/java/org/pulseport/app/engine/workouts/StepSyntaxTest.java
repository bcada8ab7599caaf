package org.pulseport.app.engine.workouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseport.app.store.WorkoutJson;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.WorkoutStep;

/** The command line's step syntax, and the stored JSON form of steps, both round-trip. */
class StepSyntaxTest {

    @Test
    void readsEveryKindOfStepAndWritesItBack() {
        String text = "warmup 10min @50-65%ftp; 4x(8min @200-220w, rest 90s @85-95rpm); 5km @140-150bpm; 400m @z2hr;"
                + " recovery 300kcal @70-80%hr; 1h @3.5mps; cooldown open";

        List<WorkoutStep> steps = StepSyntax.parse(text);

        assertThat(steps.get(0)).isEqualTo(SingleStep.of(Intensity.WARMUP, new StepDuration.Time(Duration.ofMinutes(10)),
                new StepTarget.Power(new TargetRange.Percent(50, 65))));
        assertThat(steps.get(1)).isEqualTo(new RepeatStep(4, List.of(
                SingleStep.of(Intensity.ACTIVE, new StepDuration.Time(Duration.ofMinutes(8)),
                        new StepTarget.Power(new TargetRange.Between(200, 220))),
                SingleStep.of(Intensity.REST, new StepDuration.Time(Duration.ofSeconds(90)),
                        new StepTarget.Cadence(new TargetRange.Between(85, 95))))));
        assertThat(steps.get(3)).isEqualTo(SingleStep.of(Intensity.ACTIVE, new StepDuration.Distance(400),
                new StepTarget.HeartRate(new TargetRange.Zone(2))));
        assertThat(StepSyntax.parse(StepSyntax.format(steps))).isEqualTo(steps);
        assertThat(WorkoutJson.read(WorkoutJson.write(steps))).isEqualTo(steps);
    }

    @Test
    void aTypoIsRefusedWithExamples() {
        assertThatThrownBy(() -> StepSyntax.parse("10min @fast")).hasMessageContaining("cannot read target 'fast'");
        assertThatThrownBy(() -> StepSyntax.parse(" ; ")).hasMessageContaining("at least one step");
    }
}
