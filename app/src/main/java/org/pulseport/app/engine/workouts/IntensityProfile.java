package org.pulseport.app.engine.workouts;

import java.util.ArrayList;
import java.util.List;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.WorkoutStep;

/**
 * The blocks an editor draws as a workout's intensity profile: repeats unrolled, each step as long as its time
 * (other lengths count as {@value #UNTIMED_SECONDS} s) and as high as its target relative to threshold: percent
 * targets as given, zones as zone / 5, anything else by the step's intensity.
 */
public final class IntensityProfile {

    static final long UNTIMED_SECONDS = 300;

    /** One block: its length, its height (1.0 = threshold) and its intensity. */
    public record Block(long seconds, double level, Intensity intensity) {
    }

    private IntensityProfile() {
    }

    public static List<Block> of(List<WorkoutStep> steps) {
        List<Block> blocks = new ArrayList<>();
        add(blocks, steps);
        return blocks;
    }

    private static void add(List<Block> blocks, List<WorkoutStep> steps) {
        for (WorkoutStep step : steps) {
            if (step instanceof RepeatStep repeat) {
                for (int i = 0; i < repeat.count(); i++) {
                    add(blocks, repeat.steps());
                }
            } else {
                SingleStep single = (SingleStep) step;
                long seconds = single.duration() instanceof StepDuration.Time time ? time.length().toSeconds() : UNTIMED_SECONDS;
                blocks.add(new Block(seconds, level(single), single.intensity()));
            }
        }
    }

    private static double level(SingleStep step) {
        TargetRange range = null;
        if (step.target() instanceof StepTarget.Power power) {
            range = power.range();
        } else if (step.target() instanceof StepTarget.HeartRate hr) {
            range = hr.range();
        }
        if (range instanceof TargetRange.Percent percent) {
            return (percent.low() + percent.high()) / 200.0;
        }
        if (range instanceof TargetRange.Zone zone) {
            return zone.number() / 5.0;
        }
        switch (step.intensity()) {
            case WARMUP:
                return 0.55;
            case COOLDOWN:
                return 0.5;
            case REST:
                return 0.4;
            case RECOVERY:
                return 0.45;
            default:
                return 0.8;
        }
    }
}
