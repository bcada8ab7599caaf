package org.pulseport.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
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
 * The stored form of a workout's step tree: a JSON array of {@code step} and {@code repeat} objects with tagged
 * durations, targets and ranges. Writing the same steps always gives the same text, so text equality is step
 * equality.
 */
public final class WorkoutJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkoutJson() {
    }

    public static String write(List<WorkoutStep> steps) {
        return steps(steps).toString();
    }

    public static List<WorkoutStep> read(String text) {
        try {
            return readSteps(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored workout steps are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ArrayNode steps(List<WorkoutStep> steps) {
        ArrayNode array = JSON.createArrayNode();
        for (WorkoutStep step : steps) {
            if (step instanceof RepeatStep repeat) {
                ObjectNode node = array.addObject().put("type", "repeat").put("count", repeat.count());
                node.set("steps", steps(repeat.steps()));
            } else {
                SingleStep single = (SingleStep) step;
                ObjectNode node = array.addObject().put("type", "step").put("name", single.name())
                        .put("intensity", single.intensity().name()).put("notes", single.notes());
                node.set("duration", duration(single.duration()));
                node.set("target", target(single.target()));
            }
        }
        return array;
    }

    private static ObjectNode duration(StepDuration duration) {
        ObjectNode node = JSON.createObjectNode();
        if (duration instanceof StepDuration.Time time) {
            node.put("kind", "time").put("seconds", time.length().toSeconds());
        } else if (duration instanceof StepDuration.Distance distance) {
            node.put("kind", "distance").put("meters", distance.meters());
        } else if (duration instanceof StepDuration.Calories calories) {
            node.put("kind", "calories").put("kcal", calories.kilocalories());
        } else if (duration instanceof StepDuration.HeartRateThreshold hr) {
            node.put("kind", "hr").put("crossing", hr.crossing().name()).put("value", hr.bpm());
        } else if (duration instanceof StepDuration.PowerThreshold power) {
            node.put("kind", "power").put("crossing", power.crossing().name()).put("value", power.watts());
        } else {
            node.put("kind", "open");
        }
        return node;
    }

    private static ObjectNode target(StepTarget target) {
        ObjectNode node = JSON.createObjectNode();
        TargetRange range = null;
        if (target instanceof StepTarget.HeartRate hr) {
            node.put("kind", "hr");
            range = hr.range();
        } else if (target instanceof StepTarget.Power power) {
            node.put("kind", "power");
            range = power.range();
        } else if (target instanceof StepTarget.Cadence cadence) {
            node.put("kind", "cadence");
            range = cadence.range();
        } else if (target instanceof StepTarget.Speed speed) {
            node.put("kind", "speed");
            range = speed.range();
        } else {
            node.put("kind", "none");
        }
        if (range instanceof TargetRange.Between between) {
            node.put("range", "between").put("low", between.low()).put("high", between.high());
        } else if (range instanceof TargetRange.Percent percent) {
            node.put("range", "percent").put("low", percent.low()).put("high", percent.high());
        } else if (range instanceof TargetRange.Zone zone) {
            node.put("range", "zone").put("zone", zone.number());
        }
        return node;
    }

    private static List<WorkoutStep> readSteps(JsonNode array) {
        List<WorkoutStep> steps = new ArrayList<>();
        for (JsonNode node : array) {
            if ("repeat".equals(node.path("type").asText())) {
                steps.add(new RepeatStep(node.path("count").asInt(), readSteps(node.path("steps"))));
            } else {
                steps.add(new SingleStep(node.path("name").asText(), Intensity.valueOf(node.path("intensity").asText()),
                        readDuration(node.path("duration")), readTarget(node.path("target")), node.path("notes").asText()));
            }
        }
        return steps;
    }

    private static StepDuration readDuration(JsonNode node) {
        switch (node.path("kind").asText()) {
            case "time":
                return new StepDuration.Time(Duration.ofSeconds(node.path("seconds").asLong()));
            case "distance":
                return new StepDuration.Distance(node.path("meters").asDouble());
            case "calories":
                return new StepDuration.Calories(node.path("kcal").asInt());
            case "hr":
                return new StepDuration.HeartRateThreshold(StepDuration.Crossing.valueOf(node.path("crossing").asText()),
                        node.path("value").asInt());
            case "power":
                return new StepDuration.PowerThreshold(StepDuration.Crossing.valueOf(node.path("crossing").asText()),
                        node.path("value").asInt());
            default:
                return new StepDuration.Open();
        }
    }

    private static StepTarget readTarget(JsonNode node) {
        String kind = node.path("kind").asText();
        if (kind.equals("none")) {
            return new StepTarget.None();
        }
        TargetRange range = readRange(node);
        switch (kind) {
            case "hr":
                return new StepTarget.HeartRate(range);
            case "power":
                return new StepTarget.Power(range);
            case "cadence":
                return new StepTarget.Cadence(range);
            default:
                return new StepTarget.Speed(range);
        }
    }

    private static TargetRange readRange(JsonNode node) {
        switch (node.path("range").asText()) {
            case "percent":
                return new TargetRange.Percent(node.path("low").asInt(), node.path("high").asInt());
            case "zone":
                return new TargetRange.Zone(node.path("zone").asInt());
            default:
                return new TargetRange.Between(node.path("low").asDouble(), node.path("high").asDouble());
        }
    }
}
