package org.pulseport.devices.fit;

import static org.pulseport.devices.fit.WorkoutStepCodes.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepDuration.Crossing;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.WorkoutStep;

/**
 * Writes a {@link Workout} as a FIT workout file (file_id, workout, workout_step) that head units load. Repeats
 * become a repeat step after their children that points back at the first child, as FIT requires.
 */
public final class FitWorkoutEncoder {

    /** FIT manufacturer id "development", used for files Pulseport creates. */
    static final int MANUFACTURER_DEVELOPMENT = 255;

    private final FitProfile profile;

    public FitWorkoutEncoder(FitProfile profile) {
        this.profile = profile;
    }

    /**
     * Encodes the workout.
     *
     * @throws IllegalArgumentException when a value cannot be expressed in FIT (e.g. 100 % of maximum heart rate)
     */
    public byte[] encode(Workout workout, Instant created) {
        List<FitMessageBuilder> steps = new ArrayList<>();
        flatten(workout.steps(), steps);
        FitWriter writer = FitWriter.littleEndian();
        writer.write(FitMessageBuilder.of(profile, "file_id")
                .raw("type", FILE_TYPE_WORKOUT)
                .raw("manufacturer", MANUFACTURER_DEVELOPMENT)
                .raw("product", 0)
                .raw("time_created", FitTime.toFit(created)));
        FitMessageBuilder header = FitMessageBuilder.of(profile, "workout")
                .raw("sport", FitSports.CODES.code(workout.sport()))
                .raw("num_valid_steps", steps.size());
        if (!workout.name().isEmpty()) {
            header.text("wkt_name", workout.name());
        }
        writer.write(header);
        steps.forEach(writer::write);
        return writer.toBytes();
    }

    private void flatten(List<WorkoutStep> steps, List<FitMessageBuilder> rows) {
        for (WorkoutStep step : steps) {
            if (step instanceof RepeatStep) {
                RepeatStep repeat = (RepeatStep) step;
                int first = rows.size();
                flatten(repeat.steps(), rows);
                rows.add(row(rows.size())
                        .raw("duration_type", DURATION_REPEAT_UNTIL_STEPS_COMPLETE)
                        .raw("duration_value", first)
                        .raw("target_value", repeat.count()));
            } else {
                rows.add(single((SingleStep) step, rows.size()));
            }
        }
    }

    private FitMessageBuilder row(int index) {
        return FitMessageBuilder.of(profile, "workout_step").raw("message_index", index);
    }

    private FitMessageBuilder single(SingleStep step, int index) {
        FitMessageBuilder row = row(index).raw("intensity", INTENSITIES.code(step.intensity()));
        if (!step.name().isEmpty()) {
            row.text("wkt_step_name", step.name());
        }
        if (!step.notes().isEmpty()) {
            row.text("notes", step.notes());
        }
        duration(step.duration(), row);
        target(step.target(), row);
        return row;
    }

    private static void duration(StepDuration duration, FitMessageBuilder row) {
        if (duration instanceof StepDuration.Time) {
            row.raw("duration_type", DURATION_TIME).raw("duration_value", ((StepDuration.Time) duration).length().toMillis());
        } else if (duration instanceof StepDuration.Distance) {
            row.raw("duration_type", DURATION_DISTANCE)
                    .raw("duration_value", Math.round(((StepDuration.Distance) duration).meters() * 100));
        } else if (duration instanceof StepDuration.Calories) {
            row.raw("duration_type", DURATION_CALORIES).raw("duration_value", ((StepDuration.Calories) duration).kilocalories());
        } else if (duration instanceof StepDuration.HeartRateThreshold) {
            StepDuration.HeartRateThreshold threshold = (StepDuration.HeartRateThreshold) duration;
            row.raw("duration_type", threshold.crossing() == Crossing.BELOW ? DURATION_HR_LESS_THAN : DURATION_HR_GREATER_THAN)
                    .raw("duration_value", threshold.bpm() + HEART_RATE_OFFSET);
        } else if (duration instanceof StepDuration.PowerThreshold) {
            StepDuration.PowerThreshold threshold = (StepDuration.PowerThreshold) duration;
            row.raw("duration_type", threshold.crossing() == Crossing.BELOW ? DURATION_POWER_LESS_THAN : DURATION_POWER_GREATER_THAN)
                    .raw("duration_value", threshold.watts() + POWER_OFFSET);
        } else {
            row.raw("duration_type", DURATION_OPEN);
        }
    }

    private static void target(StepTarget target, FitMessageBuilder row) {
        if (target instanceof StepTarget.HeartRate) {
            range(row, TARGET_HEART_RATE, ((StepTarget.HeartRate) target).range(), HEART_RATE_OFFSET, 1);
        } else if (target instanceof StepTarget.Power) {
            range(row, TARGET_POWER, ((StepTarget.Power) target).range(), POWER_OFFSET, 1);
        } else if (target instanceof StepTarget.Cadence) {
            range(row, TARGET_CADENCE, ((StepTarget.Cadence) target).range(), 0, 1);
        } else if (target instanceof StepTarget.Speed) {
            range(row, TARGET_SPEED, ((StepTarget.Speed) target).range(), 0, 1000);
        } else {
            row.raw("target_type", TARGET_OPEN).raw("target_value", 0);
        }
    }

    /** Absolute values are {@code value * scale + offset}; percentages are written as they are. */
    private static void range(FitMessageBuilder row, int type, TargetRange range, int offset, int scale) {
        row.raw("target_type", type);
        if (range instanceof TargetRange.Zone) {
            row.raw("target_value", ((TargetRange.Zone) range).number());
            return;
        }
        row.raw("target_value", 0);
        if (range instanceof TargetRange.Percent) {
            TargetRange.Percent percent = (TargetRange.Percent) range;
            if (percent.high() >= offset) {
                throw new IllegalArgumentException("FIT cannot express " + percent.high() + " % for this target");
            }
            row.raw("custom_target_value_low", percent.low()).raw("custom_target_value_high", percent.high());
        } else {
            TargetRange.Between between = (TargetRange.Between) range;
            row.raw("custom_target_value_low", Math.round(between.low() * scale) + offset)
                    .raw("custom_target_value_high", Math.round(between.high() * scale) + offset);
        }
    }
}
