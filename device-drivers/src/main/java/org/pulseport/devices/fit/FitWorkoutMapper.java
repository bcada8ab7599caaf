package org.pulseport.devices.fit;

import static org.pulseport.devices.fit.WorkoutStepCodes.*;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepDuration.Crossing;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.WorkoutStep;

/**
 * Reads the workout and workout_step messages of a decoded FIT file into Pulseport's step model, rebuilding
 * nested repeats from FIT's flat list (a repeat step follows its children and names the first of them).
 */
public final class FitWorkoutMapper {

    /** A step built so far with the index of the first FIT step it covers. */
    private record Placed(int firstIndex, WorkoutStep step) {
    }

    private static final class UnsupportedStep extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedStep(String message) {
            super(message, null, false, false);
        }
    }

    public WorkoutImport map(List<FitMessage> messages) {
        Optional<FitMessage> header = messages.stream().filter(m -> m.name().equals("workout")).findFirst();
        if (header.isEmpty()) {
            return new WorkoutImport.Rejected("the file has no workout message");
        }
        Deque<Placed> placed = new ArrayDeque<>();
        int index = 0;
        for (FitMessage message : messages) {
            if (!message.name().equals("workout_step")) {
                continue;
            }
            try {
                place(message, index, placed);
            } catch (UnsupportedStep | IllegalArgumentException e) {
                return new WorkoutImport.Rejected("workout step " + index + " (byte " + message.offset() + "): " + e.getMessage());
            }
            index++;
        }
        List<WorkoutStep> steps = new ArrayList<>();
        placed.descendingIterator().forEachRemaining(p -> steps.add(p.step()));
        Sport sport = FitSports.CODES.constant(header.get().raw("sport").orElse(0));
        return new WorkoutImport.Imported(new Workout(header.get().text("wkt_name").orElse(""), sport, steps));
    }

    private static void place(FitMessage row, int index, Deque<Placed> placed) throws UnsupportedStep {
        long type = row.raw("duration_type").orElse(DURATION_OPEN);
        if (type != DURATION_REPEAT_UNTIL_STEPS_COMPLETE) {
            placed.push(new Placed(index, single(row, type)));
            return;
        }
        int first = (int) row.raw("duration_value").orElseThrow(() -> new UnsupportedStep("repeat without a first step"));
        int count = (int) row.raw("target_value").orElseThrow(() -> new UnsupportedStep("repeat without a count"));
        Deque<WorkoutStep> children = new ArrayDeque<>();
        while (!placed.isEmpty() && placed.peek().firstIndex() >= first) {
            children.push(placed.pop().step());
        }
        if (children.isEmpty()) {
            throw new UnsupportedStep("repeat of step " + first + " which does not precede it");
        }
        placed.push(new Placed(first, new RepeatStep(count, List.copyOf(children))));
    }

    private static SingleStep single(FitMessage row, long durationType) throws UnsupportedStep {
        return new SingleStep(
                row.text("wkt_step_name").orElse(""),
                INTENSITIES.constant(row.raw("intensity").orElse(0)),
                duration(durationType, row.raw("duration_value").orElse(0)),
                target(row),
                row.text("notes").orElse(""));
    }

    private static StepDuration duration(long type, long value) throws UnsupportedStep {
        switch ((int) type) {
            case DURATION_TIME: return new StepDuration.Time(Duration.ofMillis(value));
            case DURATION_DISTANCE: return new StepDuration.Distance(value / 100.0);
            case DURATION_CALORIES: return new StepDuration.Calories((int) value);
            case DURATION_HR_LESS_THAN:
                return new StepDuration.HeartRateThreshold(Crossing.BELOW, absolute(value, HEART_RATE_OFFSET, "heart rate"));
            case DURATION_HR_GREATER_THAN:
                return new StepDuration.HeartRateThreshold(Crossing.ABOVE, absolute(value, HEART_RATE_OFFSET, "heart rate"));
            case DURATION_POWER_LESS_THAN:
                return new StepDuration.PowerThreshold(Crossing.BELOW, absolute(value, POWER_OFFSET, "power"));
            case DURATION_POWER_GREATER_THAN:
                return new StepDuration.PowerThreshold(Crossing.ABOVE, absolute(value, POWER_OFFSET, "power"));
            case DURATION_OPEN: return new StepDuration.Open();
            default: throw new UnsupportedStep("duration type " + type + " is not supported (only count repeats, time, "
                    + "distance, calories, open and heart rate or power thresholds)");
        }
    }

    private static int absolute(long value, int offset, String what) throws UnsupportedStep {
        if (value < offset) {
            throw new UnsupportedStep(what + " threshold given as " + value + " % is not supported; only absolute values");
        }
        return (int) (value - offset);
    }

    private static StepTarget target(FitMessage row) {
        long type = row.raw("target_type").orElse(TARGET_OPEN);
        switch ((int) type) {
            case TARGET_HEART_RATE: return new StepTarget.HeartRate(range(row, HEART_RATE_OFFSET, 1));
            case TARGET_POWER: return new StepTarget.Power(range(row, POWER_OFFSET, 1));
            case TARGET_CADENCE: return new StepTarget.Cadence(range(row, 0, 1));
            case TARGET_SPEED: return new StepTarget.Speed(range(row, 0, 1000));
            default: return new StepTarget.None();
        }
    }

    /** A zone when target_value is set, else the custom range: absolute from {@code offset} up, percent below it. */
    private static TargetRange range(FitMessage row, int offset, double scale) {
        long zone = row.raw("target_value").orElse(0);
        if (zone > 0) {
            return new TargetRange.Zone((int) zone);
        }
        long low = row.raw("custom_target_value_low").orElse(0);
        long high = row.raw("custom_target_value_high").orElse(0);
        if (offset > 0 && low < offset && high < offset) {
            return new TargetRange.Percent((int) low, (int) high);
        }
        return new TargetRange.Between((low - offset) / scale, (high - offset) / scale);
    }
}
