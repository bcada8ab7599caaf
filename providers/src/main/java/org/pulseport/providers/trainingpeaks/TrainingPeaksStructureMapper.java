package org.pulseport.providers.trainingpeaks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.WorkoutStep;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.providers.workouts.UnsupportedStepException;
import org.pulseport.providers.workouts.WorkoutSeconds;

/**
 * Writes a scheduled workout as a TrainingPeaks planned workout: {@code WorkoutDay}, {@code StartTime},
 * {@code WorkoutType}, {@code Title}, {@code TotalTimePlanned} (hours) and {@code Structure}, a JSON string of
 * {@code Step}s and {@code Repetition}s with {@code Length} (Second or Meter), {@code IntensityClass} and an
 * {@code IntensityTarget} in percent (of FTP, max HR); absolute watts and bpm have no TrainingPeaks unit and are
 * left out, cadence becomes a {@code CadenceTarget} in rpm, a lap-button step is {@code OpenDuration}.
 */
public final class TrainingPeaksStructureMapper {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ObjectMapper json;

    public TrainingPeaksStructureMapper(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode plannedWorkout(long athleteId, SchedulePush push) {
        ObjectNode body = json.createObjectNode();
        body.put("AthleteId", athleteId)
                .put("WorkoutDay", LOCAL.format(push.day().atStartOfDay()))
                .put("StartTime", LOCAL.format(push.startsAt().toLocalDateTime()))
                .put("WorkoutType", workoutType(push.workout().workout().sport()))
                .put("Title", push.workout().workout().name())
                .put("TotalTimePlanned", WorkoutSeconds.of(push.workout().workout()) / 3600.0)
                .put("Structure", structure(push.workout().workout().steps()).toString());
        return body;
    }

    static String workoutType(Sport sport) {
        switch (sport) {
            case CYCLING:
                return "Bike";
            case RUNNING:
                return "Run";
            case SWIMMING:
                return "Swim";
            case WALKING:
            case HIKING:
                return "Walk";
            case ROWING:
                return "Rowing";
            case STRENGTH:
                return "Strength";
            case CROSS_COUNTRY_SKIING:
                return "XC-Ski";
            default:
                return "Other";
        }
    }

    ObjectNode structure(List<WorkoutStep> steps) {
        ObjectNode structure = json.createObjectNode();
        steps(structure.putArray("Structure"), steps);
        return structure;
    }

    private void steps(ArrayNode into, List<WorkoutStep> steps) {
        for (WorkoutStep step : steps) {
            ObjectNode node = into.addObject();
            if (step instanceof RepeatStep repeat) {
                node.put("Type", "Repetition");
                node.putObject("Length").put("Unit", "Repetition").put("Value", repeat.count());
                steps(node.putArray("Steps"), repeat.steps());
            } else {
                single(node, (SingleStep) step);
            }
        }
    }

    private void single(ObjectNode node, SingleStep step) {
        node.put("Type", "Step").put("IntensityClass", intensityClass(step.intensity()));
        if (!step.name().isEmpty()) {
            node.put("Name", step.name());
        }
        if (!step.notes().isEmpty()) {
            node.put("Notes", step.notes());
        }
        StepDuration duration = step.duration();
        if (duration instanceof StepDuration.Time time) {
            node.putObject("Length").put("Unit", "Second").put("Value", time.length().toSeconds());
        } else if (duration instanceof StepDuration.Distance distance) {
            node.putObject("Length").put("Unit", "Meter").put("Value", Math.round(distance.meters()));
        } else if (duration instanceof StepDuration.Open) {
            node.putObject("Length").put("Unit", "Second").put("Value", 0);
            node.put("OpenDuration", true);
        } else {
            throw new UnsupportedStepException("TrainingPeaks steps last a time or a distance; "
                    + duration + " cannot be sent");
        }
        target(node, step.target());
    }

    private static void target(ObjectNode node, StepTarget target) {
        if (target instanceof StepTarget.Power power && power.range() instanceof TargetRange.Percent percent) {
            percent(node.putObject("IntensityTarget"), "PercentOfFtp", percent);
        } else if (target instanceof StepTarget.HeartRate hr && hr.range() instanceof TargetRange.Percent percent) {
            percent(node.putObject("IntensityTarget"), "PercentOfMaxHr", percent);
        } else if (target instanceof StepTarget.Cadence cadence && cadence.range() instanceof TargetRange.Between rpm) {
            node.putObject("CadenceTarget").put("Unit", "rpm").put("MinValue", Math.round(rpm.low()))
                    .put("MaxValue", Math.round(rpm.high()));
        }
    }

    private static void percent(ObjectNode target, String unit, TargetRange.Percent percent) {
        target.put("Unit", unit).put("Value", (percent.low() + percent.high()) / 2.0)
                .put("MinValue", percent.low()).put("MaxValue", percent.high());
    }

    private static String intensityClass(Intensity intensity) {
        switch (intensity) {
            case WARMUP:
                return "WarmUp";
            case COOLDOWN:
                return "CoolDown";
            case REST:
            case RECOVERY:
                return "Rest";
            default:
                return "Active";
        }
    }
}
