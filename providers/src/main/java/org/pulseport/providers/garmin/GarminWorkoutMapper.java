package org.pulseport.providers.garmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.WorkoutStep;

/**
 * Writes a workout in the Garmin Connect Training API V2 shape: {@code workoutName}, {@code sport}, provider
 * fields, and one segment of {@code WorkoutStep}s ({@code intensity}, {@code durationType}/{@code durationValue},
 * {@code targetType} with a low/high range, a percentage or a zone number) and {@code WorkoutRepeatStep}s
 * ({@code REPEAT_UNTIL_STEPS_CMPLT} with {@code repeatValue}). Step orders number all steps depth-first from 1.
 */
public final class GarminWorkoutMapper {

    static final String PROVIDER = "Pulseport";

    private final ObjectMapper json;

    public GarminWorkoutMapper(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode workout(Workout workout) {
        ObjectNode node = json.createObjectNode();
        String sport = sport(workout.sport());
        node.put("workoutName", workout.name()).put("sport", sport)
                .put("workoutProvider", PROVIDER).put("workoutSourceId", PROVIDER);
        ObjectNode segment = node.putArray("segments").addObject();
        segment.put("segmentOrder", 1).put("sport", sport);
        steps(segment.putArray("steps"), workout.steps(), new int[] {0});
        return node;
    }

    /** A schedule: the Garmin workout on a calendar day. */
    public ObjectNode schedule(String workoutId, java.time.LocalDate day) {
        ObjectNode node = json.createObjectNode();
        node.put("workoutId", Long.parseLong(workoutId)).put("date", day.toString());
        return node;
    }

    static String sport(Sport sport) {
        switch (sport) {
            case CYCLING:
                return "CYCLING";
            case RUNNING:
                return "RUNNING";
            case SWIMMING:
                return "LAP_SWIMMING";
            case STRENGTH:
                return "STRENGTH_TRAINING";
            case MULTISPORT:
                return "MULTI_SPORT";
            default:
                return "GENERIC";
        }
    }

    private void steps(ArrayNode into, List<WorkoutStep> steps, int[] order) {
        for (WorkoutStep step : steps) {
            ObjectNode node = into.addObject();
            if (step instanceof RepeatStep repeat) {
                node.put("type", "WorkoutRepeatStep").put("stepOrder", ++order[0])
                        .put("repeatType", "REPEAT_UNTIL_STEPS_CMPLT").put("repeatValue", repeat.count());
                steps(node.putArray("steps"), repeat.steps(), order);
            } else {
                single(node, (SingleStep) step, ++order[0]);
            }
        }
    }

    private static void single(ObjectNode node, SingleStep step, int order) {
        node.put("type", "WorkoutStep").put("stepOrder", order).put("intensity", step.intensity().name());
        String description = (step.name() + " " + step.notes()).trim();
        if (!description.isEmpty()) {
            node.put("description", description);
        }
        duration(node, step.duration());
        target(node, step.target());
    }

    private static void duration(ObjectNode node, StepDuration duration) {
        if (duration instanceof StepDuration.Time time) {
            node.put("durationType", "TIME").put("durationValue", time.length().toSeconds());
        } else if (duration instanceof StepDuration.Distance distance) {
            node.put("durationType", "DISTANCE").put("durationValue", distance.meters());
        } else if (duration instanceof StepDuration.Calories calories) {
            node.put("durationType", "CALORIES").put("durationValue", calories.kilocalories());
        } else if (duration instanceof StepDuration.HeartRateThreshold hr) {
            node.put("durationType", hr.crossing() == StepDuration.Crossing.BELOW ? "HR_LESS_THAN" : "HR_GREATER_THAN")
                    .put("durationValue", hr.bpm());
        } else if (duration instanceof StepDuration.PowerThreshold power) {
            node.put("durationType", power.crossing() == StepDuration.Crossing.BELOW ? "POWER_LESS_THAN" : "POWER_GREATER_THAN")
                    .put("durationValue", power.watts());
        } else {
            node.put("durationType", "OPEN");
        }
    }

    private static void target(ObjectNode node, StepTarget target) {
        if (target instanceof StepTarget.Power power) {
            range(node, "POWER", power.range());
        } else if (target instanceof StepTarget.HeartRate hr) {
            range(node, "HEART_RATE", hr.range());
        } else if (target instanceof StepTarget.Cadence cadence) {
            range(node, "CADENCE", cadence.range());
        } else if (target instanceof StepTarget.Speed speed) {
            range(node, "SPEED", speed.range());
        } else {
            node.put("targetType", "OPEN");
        }
    }

    private static void range(ObjectNode node, String type, TargetRange range) {
        node.put("targetType", type);
        if (range instanceof TargetRange.Zone zone) {
            node.put("targetValue", zone.number());
        } else if (range instanceof TargetRange.Percent percent) {
            node.put("targetValueLow", percent.low()).put("targetValueHigh", percent.high()).put("targetValueType", "PERCENT");
        } else if (range instanceof TargetRange.Between between) {
            node.put("targetValueLow", between.low()).put("targetValueHigh", between.high());
        }
    }
}
