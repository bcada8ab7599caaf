package org.pulseport.providers.wahoo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.WorkoutStep;
import org.pulseport.providers.workouts.UnsupportedStepException;

/**
 * Writes a workout as a Wahoo plan file: a {@code header} (name, version, workout type family) and nested
 * {@code intervals}, each ending on an exit trigger (time in s, distance in m, work in kJ, or {@code repeat} with the
 * number of repeats after the first pass) and aiming at {@code targets} (fraction of FTP or of max HR, watts, bpm,
 * rpm, m/s). Zone targets have no Wahoo form and are left out; steps ending on heart rate or power thresholds or
 * the lap button cannot be expressed and are refused.
 */
public final class WahooPlanMapper {

    private final ObjectMapper json;

    public WahooPlanMapper(ObjectMapper json) {
        this.json = json;
    }

    /** Wahoo's workout type family of a sport (0 biking, 1 running, 2 swimming, 9 walking, 31 other). */
    public static int family(Sport sport) {
        switch (sport) {
            case CYCLING:
                return 0;
            case RUNNING:
                return 1;
            case SWIMMING:
                return 2;
            case WALKING:
            case HIKING:
                return 9;
            default:
                return 31;
        }
    }

    /** Wahoo's workout type id of a sport for calendar workouts (biking, running, lap swimming, walking, other). */
    public static int workoutType(Sport sport) {
        switch (sport) {
            case CYCLING:
                return 0;
            case RUNNING:
                return 1;
            case SWIMMING:
                return 25;
            case WALKING:
                return 6;
            case HIKING:
                return 9;
            default:
                return 47;
        }
    }

    public ObjectNode plan(Workout workout) {
        ObjectNode plan = json.createObjectNode();
        plan.putObject("header").put("name", workout.name()).put("version", "1.0.0")
                .put("workout_type_family", family(workout.sport()));
        intervals(plan.putArray("intervals"), workout.steps());
        return plan;
    }

    private void intervals(ArrayNode into, List<WorkoutStep> steps) {
        for (WorkoutStep step : steps) {
            ObjectNode interval = into.addObject();
            if (step instanceof RepeatStep repeat) {
                interval.put("exit_trigger_type", "repeat").put("exit_trigger_value", repeat.count() - 1);
                intervals(interval.putArray("intervals"), repeat.steps());
            } else {
                single(interval, (SingleStep) step);
            }
        }
    }

    private void single(ObjectNode interval, SingleStep step) {
        if (!step.name().isEmpty()) {
            interval.put("name", step.name());
        }
        interval.put("intensity_type", intensity(step.intensity()));
        StepDuration duration = step.duration();
        if (duration instanceof StepDuration.Time time) {
            interval.put("exit_trigger_type", "time").put("exit_trigger_value", time.length().toSeconds());
        } else if (duration instanceof StepDuration.Distance distance) {
            interval.put("exit_trigger_type", "distance").put("exit_trigger_value", distance.meters());
        } else if (duration instanceof StepDuration.Calories calories) {
            interval.put("exit_trigger_type", "kj2").put("exit_trigger_value", calories.kilocalories());
        } else {
            throw new UnsupportedStepException("Wahoo plans cannot end a step on "
                    + duration.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "; use a time or distance");
        }
        ArrayNode targets = interval.putArray("targets");
        target(step.target(), targets);
    }

    private static void target(StepTarget target, ArrayNode targets) {
        if (target instanceof StepTarget.Power power) {
            range(targets, power.range(), "ftp", "watts");
        } else if (target instanceof StepTarget.HeartRate heartRate) {
            range(targets, heartRate.range(), "max_hr", "hr");
        } else if (target instanceof StepTarget.Cadence cadence) {
            range(targets, cadence.range(), null, "rpm");
        } else if (target instanceof StepTarget.Speed speed) {
            range(targets, speed.range(), null, "speed");
        }
    }

    private static void range(ArrayNode targets, TargetRange range, String percentType, String absoluteType) {
        if (range instanceof TargetRange.Percent percent) {
            targets.addObject().put("type", percentType).put("low", percent.low() / 100.0).put("high", percent.high() / 100.0);
        } else if (range instanceof TargetRange.Between between) {
            targets.addObject().put("type", absoluteType).put("low", between.low()).put("high", between.high());
        }
    }

    private static String intensity(Intensity intensity) {
        switch (intensity) {
            case WARMUP:
                return "wu";
            case COOLDOWN:
                return "cd";
            case RECOVERY:
                return "recover";
            case REST:
                return "rest";
            default:
                return "active";
        }
    }
}
