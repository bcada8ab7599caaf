package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;

/** Workout files from the FIT SDK examples, and the encoder's output as a device reads it. */
class FitWorkoutCodecTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T08:00:00Z");

    private final FitWorkoutMapper mapper = new FitWorkoutMapper();
    private final FitWorkoutEncoder encoder = new FitWorkoutEncoder(FitProfile.standard());

    @Test
    void individualStepsWithZoneTargets() {
        Workout workout = imported("WorkoutIndividualSteps.fit");

        assertThat(workout.name()).isEqualTo("Example 1");
        assertThat(workout.steps()).containsExactly(
                new SingleStep("_A_", Intensity.WARMUP, new StepDuration.Time(Duration.ofMinutes(1)),
                        new StepTarget.HeartRate(new TargetRange.Zone(2)), ""),
                new SingleStep("B1_", Intensity.ACTIVE, new StepDuration.Distance(500),
                        new StepTarget.Power(new TargetRange.Zone(5)), ""),
                new SingleStep("B2_", Intensity.ACTIVE, new StepDuration.Distance(500),
                        new StepTarget.Power(new TargetRange.Zone(3)), ""),
                new SingleStep("_C_", Intensity.COOLDOWN, new StepDuration.HeartRateThreshold(StepDuration.Crossing.BELOW, 125),
                        new StepTarget.Power(new TargetRange.Zone(1)), ""));
    }

    @Test
    void customTargetValuesAsPercentOfMaximumAndAbsoluteWatts() {
        Workout workout = imported("WorkoutCustomTargetValues.fit");

        assertThat(workout.steps()).extracting(s -> ((SingleStep) s).target()).containsExactly(
                new StepTarget.HeartRate(new TargetRange.Percent(50, 60)),
                new StepTarget.Power(new TargetRange.Between(300, 310)),
                new StepTarget.Power(new TargetRange.Between(260, 270)),
                new StepTarget.Power(new TargetRange.Between(220, 230)));
    }

    @Test
    void repeatStepWrapsTheStepsItPointsBackTo() {
        Workout workout = imported("WorkoutRepeatSteps.fit");

        assertThat(workout.steps()).hasSize(3);
        assertThat(workout.steps().get(1)).isInstanceOfSatisfying(RepeatStep.class, repeat -> {
            assertThat(repeat.count()).isEqualTo(3);
            assertThat(repeat.steps()).extracting(s -> ((SingleStep) s).name()).containsExactly("B1_", "B2_");
        });
        assertThat(workout.flatStepCount()).isEqualTo(5);
    }

    @Test
    void repeatUntilAHeartRateIsRejectedWithTheStepAndReason() {
        WorkoutImport result = mapper.map(FitFixtures.decode("WorkoutRepeatGreaterThanStep.fit").messages());

        assertThat(result).isInstanceOfSatisfying(WorkoutImport.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("workout step 3").contains("duration type 11"));
    }

    @Test
    void encodedWorkoutIsAWorkoutFileWithNestedRepeatsFlattened() {
        Workout workout = new Workout("Over-unders", Sport.CYCLING, List.of(
                SingleStep.of(Intensity.WARMUP, new StepDuration.Time(Duration.ofMinutes(10)), new StepTarget.None()),
                new RepeatStep(3, List.of(
                        new RepeatStep(2, List.of(
                                SingleStep.of(Intensity.ACTIVE, new StepDuration.Time(Duration.ofMinutes(2)),
                                        new StepTarget.Power(new TargetRange.Percent(95, 105))),
                                SingleStep.of(Intensity.ACTIVE, new StepDuration.Time(Duration.ofMinutes(1)),
                                        new StepTarget.Power(new TargetRange.Between(320, 340))))),
                        SingleStep.of(Intensity.REST, new StepDuration.Open(), new StepTarget.Cadence(new TargetRange.Between(85, 95))))),
                SingleStep.of(Intensity.COOLDOWN, new StepDuration.Distance(2000), new StepTarget.HeartRate(new TargetRange.Zone(1)))));

        FitDecodeResult decoded = FitDecoder.standard().decode(encoder.encode(workout, CREATED));

        assertThat(decoded).isInstanceOf(FitDecodeResult.Decoded.class);
        FitMessage fileId = decoded.messages().get(0);
        assertThat(fileId.raw("type")).hasValue(5);
        assertThat(FitTime.toInstant(fileId.raw("time_created").orElseThrow())).isEqualTo(CREATED);
        List<FitMessage> steps = decoded.messages().stream().filter(m -> m.name().equals("workout_step")).toList();
        assertThat(steps).hasSize(workout.flatStepCount());
        assertThat(steps.get(3).raw("duration_type")).hasValue(6);
        assertThat(steps.get(3).raw("duration_value")).hasValue(1);
        assertThat(steps.get(3).raw("target_value")).hasValue(2);
        assertThat(steps.get(5).raw("duration_value")).hasValue(1);
        assertThat(steps.get(5).raw("target_value")).hasValue(3);
        assertThat(mapper.map(decoded.messages())).isEqualTo(new WorkoutImport.Imported(workout));
    }

    @Test
    void valuesFitCannotExpressAreRefusedWhenEncoding() {
        Workout maximum = new Workout("max", Sport.RUNNING, List.of(SingleStep.of(Intensity.ACTIVE,
                new StepDuration.Open(), new StepTarget.HeartRate(new TargetRange.Percent(90, 100)))));

        assertThatThrownBy(() -> encoder.encode(maximum, CREATED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100 %");
    }

    private Workout imported(String file) {
        WorkoutImport result = mapper.map(FitFixtures.decode(file).messages());
        assertThat(result).isInstanceOf(WorkoutImport.Imported.class);
        return ((WorkoutImport.Imported) result).workout();
    }
}
