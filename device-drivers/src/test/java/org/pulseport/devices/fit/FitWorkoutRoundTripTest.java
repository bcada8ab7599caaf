package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.WorkoutStep;

/** Whatever workout the encoder writes, the decoder and mapper read back equal. */
class FitWorkoutRoundTripTest {

    private final FitWorkoutEncoder encoder = new FitWorkoutEncoder(FitProfile.standard());
    private final FitWorkoutMapper mapper = new FitWorkoutMapper();

    @Property(tries = 300)
    void encodedWorkoutsDecodeEqual(@ForAll("workouts") Workout workout) {
        byte[] file = encoder.encode(workout, Instant.parse("2025-01-01T00:00:00Z"));

        FitDecodeResult decoded = FitDecoder.standard().decode(file);

        assertThat(decoded).isInstanceOf(FitDecodeResult.Decoded.class);
        assertThat(mapper.map(decoded.messages())).isEqualTo(new WorkoutImport.Imported(workout));
    }

    @Provide
    Arbitrary<Workout> workouts() {
        return Combinators.combine(text(), Arbitraries.of(Sport.class), steps(2))
                .as(Workout::new);
    }

    private Arbitrary<List<WorkoutStep>> steps(int depth) {
        Arbitrary<WorkoutStep> single = singleSteps().map(s -> s);
        if (depth == 0) {
            return single.list().ofMinSize(1).ofMaxSize(4);
        }
        Arbitrary<WorkoutStep> repeat = Combinators.combine(Arbitraries.integers().between(1, 20), steps(depth - 1))
                .as(RepeatStep::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, single), net.jqwik.api.Tuple.of(1, repeat))
                .list().ofMinSize(1).ofMaxSize(5);
    }

    private Arbitrary<SingleStep> singleSteps() {
        return Combinators.combine(text(), Arbitraries.of(Intensity.class), durations(), targets(), text())
                .as(SingleStep::new);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcdefghij XYZ-äé").ofMaxLength(20).map(String::strip);
    }

    private static Arbitrary<StepDuration> durations() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 36_000_000).map(ms -> new StepDuration.Time(Duration.ofMillis(ms))),
                Arbitraries.integers().between(1, 10_000_000).map(cm -> new StepDuration.Distance(cm / 100.0)),
                Arbitraries.integers().between(1, 5000).map(StepDuration.Calories::new),
                Combinators.combine(Arbitraries.of(StepDuration.Crossing.class), Arbitraries.integers().between(30, 230))
                        .as(StepDuration.HeartRateThreshold::new),
                Combinators.combine(Arbitraries.of(StepDuration.Crossing.class), Arbitraries.integers().between(1, 2000))
                        .as(StepDuration.PowerThreshold::new),
                Arbitraries.just(new StepDuration.Open()));
    }

    private static Arbitrary<StepTarget> targets() {
        Arbitrary<TargetRange> zones = Arbitraries.integers().between(1, 7).map(TargetRange.Zone::new);
        return Arbitraries.oneOf(
                Arbitraries.just(new StepTarget.None()),
                Arbitraries.oneOf(zones, between(30, 230, 1), percent(1, 99)).map(StepTarget.HeartRate::new),
                Arbitraries.oneOf(zones, between(1, 2500, 1), percent(1, 999)).map(StepTarget.Power::new),
                Arbitraries.oneOf(zones, between(1, 250, 1)).map(StepTarget.Cadence::new),
                Arbitraries.oneOf(zones, between(1, 30_000, 1000)).map(StepTarget.Speed::new));
    }

    /** Ranges in whole units of the FIT field ({@code divisor} units per natural unit). */
    private static Arbitrary<TargetRange> between(int min, int max, int divisor) {
        return Arbitraries.integers().between(min, max).list().ofSize(2).map(pair -> {
            int low = Math.min(pair.get(0), pair.get(1));
            int high = Math.max(pair.get(0), pair.get(1));
            return new TargetRange.Between(low / (double) divisor, high / (double) divisor);
        });
    }

    private static Arbitrary<TargetRange> percent(int min, int max) {
        return Arbitraries.integers().between(min, max).list().ofSize(2)
                .map(pair -> new TargetRange.Percent(Math.min(pair.get(0), pair.get(1)), Math.max(pair.get(0), pair.get(1))));
    }
}
