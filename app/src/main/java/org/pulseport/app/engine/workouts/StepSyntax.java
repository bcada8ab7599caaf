package org.pulseport.app.engine.workouts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.WorkoutStep;

/**
 * A one-line step syntax for the command line, read and written:
 * {@code warmup 10min @50-65%ftp; 4x(8min @95-105%ftp, rest 2min); cooldown 10min}.
 * A step is {@code [warmup|active|rest|recovery|cooldown] LENGTH [@TARGET]}; LENGTH is {@code 30s}, {@code 10min},
 * {@code 1h}, {@code 400m}, {@code 5km}, {@code 300kcal} or {@code open}; TARGET is a range or value with a unit:
 * {@code %ftp}, {@code w}, {@code bpm}, {@code %hr}, {@code rpm}, {@code mps}, or a zone {@code z2hr}/{@code z3power}.
 * Steps are separated by {@code ;} or {@code ,}; {@code Nx(...)} repeats the steps inside.
 */
public final class StepSyntax {

    private static final Pattern STEP = Pattern.compile(
            "(?:(warmup|active|rest|recovery|cooldown)\\s+)?([0-9.]+(?:s|min|h|m|km|kcal)|open)(?:\\s*@\\s*(\\S+))?");
    private static final Pattern RANGE = Pattern.compile("([0-9.]+)(?:-([0-9.]+))?(%ftp|w|bpm|%hr|rpm|mps)");
    private static final Pattern ZONE = Pattern.compile("z([0-9]+)(hr|power)");

    private StepSyntax() {
    }

    /** Parses steps; the exception message says which part is wrong and what is accepted. */
    public static List<WorkoutStep> parse(String text) {
        List<WorkoutStep> steps = new ArrayList<>();
        for (String part : split(text.trim().toLowerCase(Locale.ROOT))) {
            steps.add(step(part.trim()));
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a workout needs at least one step, e.g. 'warmup 10min; 20min @200-220w'");
        }
        return steps;
    }

    /** Writes steps back in the same syntax (names and notes are not part of it). */
    public static String format(List<WorkoutStep> steps) {
        List<String> parts = new ArrayList<>();
        for (WorkoutStep step : steps) {
            if (step instanceof RepeatStep repeat) {
                parts.add(repeat.count() + "x(" + format(repeat.steps()).replace("; ", ", ") + ")");
            } else {
                SingleStep single = (SingleStep) step;
                String target = target(single.target());
                parts.add((single.intensity() == Intensity.ACTIVE ? "" : single.intensity().name().toLowerCase(Locale.ROOT) + " ")
                        + length(single.duration()) + (target.isEmpty() ? "" : " @" + target));
            }
        }
        return String.join("; ", parts);
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == ';' || c == ',')) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        parts.removeIf(p -> p.isBlank());
        return parts;
    }

    private static WorkoutStep step(String part) {
        Matcher repeat = Pattern.compile("([0-9]+)\\s*x\\s*\\((.*)\\)").matcher(part);
        if (repeat.matches()) {
            return new RepeatStep(Integer.parseInt(repeat.group(1)), parse(repeat.group(2)));
        }
        Matcher m = STEP.matcher(part);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read step '" + part + "': use e.g. 'warmup 10min @50-65%ftp', "
                    + "'4x(8min @95-105%ftp, rest 2min)' or 'cooldown 5km'");
        }
        Intensity intensity = m.group(1) == null ? Intensity.ACTIVE : Intensity.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        return SingleStep.of(intensity, duration(m.group(2)), m.group(3) == null ? new StepTarget.None() : target(m.group(3)));
    }

    private static StepDuration duration(String text) {
        if (text.equals("open")) {
            return new StepDuration.Open();
        }
        Matcher m = Pattern.compile("([0-9.]+)(s|min|h|m|km|kcal)").matcher(text);
        m.matches();
        double value = Double.parseDouble(m.group(1));
        switch (m.group(2)) {
            case "s":
                return new StepDuration.Time(Duration.ofSeconds(Math.round(value)));
            case "min":
                return new StepDuration.Time(Duration.ofSeconds(Math.round(value * 60)));
            case "h":
                return new StepDuration.Time(Duration.ofSeconds(Math.round(value * 3600)));
            case "m":
                return new StepDuration.Distance(value);
            case "km":
                return new StepDuration.Distance(value * 1000);
            default:
                return new StepDuration.Calories((int) Math.round(value));
        }
    }

    private static StepTarget target(String text) {
        Matcher zone = ZONE.matcher(text);
        if (zone.matches()) {
            TargetRange range = new TargetRange.Zone(Integer.parseInt(zone.group(1)));
            return zone.group(2).equals("hr") ? new StepTarget.HeartRate(range) : new StepTarget.Power(range);
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read target '" + text + "': use e.g. 95-105%ftp, 200w, 140-150bpm,"
                    + " 70-80%hr, 85-95rpm, 3.5mps, z2hr or z3power");
        }
        double low = Double.parseDouble(m.group(1));
        double high = m.group(2) == null ? low : Double.parseDouble(m.group(2));
        switch (m.group(3)) {
            case "%ftp":
                return new StepTarget.Power(new TargetRange.Percent((int) low, (int) high));
            case "w":
                return new StepTarget.Power(new TargetRange.Between(low, high));
            case "bpm":
                return new StepTarget.HeartRate(new TargetRange.Between(low, high));
            case "%hr":
                return new StepTarget.HeartRate(new TargetRange.Percent((int) low, (int) high));
            case "rpm":
                return new StepTarget.Cadence(new TargetRange.Between(low, high));
            default:
                return new StepTarget.Speed(new TargetRange.Between(low, high));
        }
    }

    private static String length(StepDuration duration) {
        if (duration instanceof StepDuration.Time time) {
            long s = time.length().toSeconds();
            return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "min" : s + "s";
        }
        if (duration instanceof StepDuration.Distance distance) {
            return distance.meters() % 1000 == 0 ? (long) (distance.meters() / 1000) + "km" : number(distance.meters()) + "m";
        }
        if (duration instanceof StepDuration.Calories calories) {
            return calories.kilocalories() + "kcal";
        }
        return "open";
    }

    private static String target(StepTarget target) {
        TargetRange range;
        String percentUnit;
        String absoluteUnit;
        if (target instanceof StepTarget.Power power) {
            range = power.range();
            percentUnit = "%ftp";
            absoluteUnit = "w";
        } else if (target instanceof StepTarget.HeartRate hr) {
            range = hr.range();
            percentUnit = "%hr";
            absoluteUnit = "bpm";
        } else if (target instanceof StepTarget.Cadence cadence) {
            range = cadence.range();
            percentUnit = "";
            absoluteUnit = "rpm";
        } else if (target instanceof StepTarget.Speed speed) {
            range = speed.range();
            percentUnit = "";
            absoluteUnit = "mps";
        } else {
            return "";
        }
        if (range instanceof TargetRange.Zone zone) {
            return "z" + zone.number() + (target instanceof StepTarget.HeartRate ? "hr" : "power");
        }
        if (range instanceof TargetRange.Percent p) {
            return (p.low() == p.high() ? String.valueOf(p.low()) : p.low() + "-" + p.high()) + percentUnit;
        }
        TargetRange.Between b = (TargetRange.Between) range;
        return (b.low() == b.high() ? number(b.low()) : number(b.low()) + "-" + number(b.high())) + absoluteUnit;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
