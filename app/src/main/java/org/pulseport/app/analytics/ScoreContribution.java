package org.pulseport.app.analytics;

import java.util.Objects;

/**
 * One input a score used: what it was, its value, the 0–100 points it earned and its weight in the score.
 *
 * @param input  a metric code (e.g. "steps") or, for the overall score, a score kind label
 * @param value  the input value in its canonical unit (or the sub-score)
 * @param points 0–100 points the input earned
 * @param weight the input's weight within its score
 */
public record ScoreContribution(String input, double value, double points, double weight) {

    public ScoreContribution {
        Objects.requireNonNull(input, "input");
    }
}
