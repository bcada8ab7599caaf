package org.pulseport.app.analytics;

import java.util.List;
import java.util.Objects;

/**
 * A composite score of one day: either scored from the inputs that exist, or not scored at all because
 * none of its inputs exists. Missing inputs are never invented: they lower the confidence instead.
 */
public sealed interface HealthScore permits HealthScore.Scored, HealthScore.Unscored {

    ScoreKind kind();

    /** The inputs the score would have used but that had no data (or no baseline) that day. */
    List<String> missing();

    /**
     * A score from at least one input.
     *
     * @param value      0–100: the weighted mean of the points of the inputs present, weights renormalised
     * @param confidence 0–1: the share of the score's total weight whose inputs were present
     * @param used       the inputs present, with their points and weights
     */
    record Scored(ScoreKind kind, double value, double confidence, List<ScoreContribution> used,
                  List<String> missing) implements HealthScore {

        public Scored {
            Objects.requireNonNull(kind, "kind");
            used = List.copyOf(used);
            missing = List.copyOf(missing);
        }
    }

    /** No input of the score had data that day. */
    record Unscored(ScoreKind kind, List<String> missing) implements HealthScore {

        public Unscored {
            Objects.requireNonNull(kind, "kind");
            missing = List.copyOf(missing);
        }
    }
}
