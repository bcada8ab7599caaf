package org.pulseport.app.analytics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pulseport.core.model.MetricType;

/**
 * Computes the five composite scores of a day from whatever metrics exist. Each sub-score (sleep,
 * activity, cardio, recovery) is the weighted mean of the points of its {@link ScoreComponent}s that have
 * data, its confidence the share of its weight present. The overall score is the confidence-weighted mean
 * of the sub-scores that exist, its confidence the mean confidence of all four (a missing one counts 0).
 */
public final class HealthScoreCalculator {

    private static final List<ScoreKind> PARTS =
            List.of(ScoreKind.SLEEP, ScoreKind.ACTIVITY, ScoreKind.CARDIO, ScoreKind.RECOVERY);

    private HealthScoreCalculator() {
    }

    /** The five scores in {@link ScoreKind} order. */
    public static List<HealthScore> scores(ScoreInputs inputs) {
        Map<ScoreKind, HealthScore> parts = new EnumMap<>(ScoreKind.class);
        for (ScoreKind kind : PARTS) {
            parts.put(kind, part(kind, inputs));
        }
        List<HealthScore> result = new ArrayList<>(parts.values());
        result.add(overall(parts));
        return result;
    }

    private static HealthScore part(ScoreKind kind, ScoreInputs inputs) {
        List<ScoreContribution> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double totalWeight = 0;
        for (ScoreComponent component : ScoreComponent.values()) {
            if (component.kind() != kind) {
                continue;
            }
            totalWeight += component.weight();
            MetricType metric = component.metric();
            Double value = inputs.values().get(metric);
            RobustBaseline baseline = inputs.baselines().get(metric);
            if (value == null || (component.relative() && baseline == null)) {
                missing.add(component.inputName());
                continue;
            }
            double median = baseline == null ? Double.NaN : baseline.median();
            used.add(new ScoreContribution(component.inputName(), value, component.points(value, median),
                    component.weight()));
        }
        return combine(kind, used, missing, totalWeight);
    }

    private static HealthScore overall(Map<ScoreKind, HealthScore> parts) {
        List<ScoreContribution> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        parts.values().forEach(part -> {
            if (part instanceof HealthScore.Scored scored) {
                used.add(new ScoreContribution(part.kind().label(), scored.value(), scored.value(),
                        scored.confidence()));
            } else {
                missing.add(part.kind().label());
            }
        });
        if (used.isEmpty()) {
            return new HealthScore.Unscored(ScoreKind.OVERALL, missing);
        }
        double confidenceSum = used.stream().mapToDouble(ScoreContribution::weight).sum();
        return new HealthScore.Scored(ScoreKind.OVERALL, weightedPoints(used) / confidenceSum,
                confidenceSum / PARTS.size(), used, missing);
    }

    private static HealthScore combine(ScoreKind kind, List<ScoreContribution> used, List<String> missing,
                                       double totalWeight) {
        if (used.isEmpty()) {
            return new HealthScore.Unscored(kind, missing);
        }
        double presentWeight = used.stream().mapToDouble(ScoreContribution::weight).sum();
        return new HealthScore.Scored(kind, weightedPoints(used) / presentWeight, presentWeight / totalWeight,
                used, missing);
    }

    private static double weightedPoints(List<ScoreContribution> used) {
        return used.stream().mapToDouble(c -> c.points() * c.weight()).sum();
    }
}
