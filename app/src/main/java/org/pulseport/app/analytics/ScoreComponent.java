package org.pulseport.app.analytics;

import java.util.function.DoubleBinaryOperator;
import org.pulseport.core.model.MetricType;

/**
 * The inputs of the composite scores: which metric feeds which score, with what weight (the weights of one
 * score add up to 1) and how its value turns into 0–100 points. Components marked relative compare the
 * day's value with the personal baseline median and need a baseline. Formulas are in docs/analytics.md.
 */
enum ScoreComponent {
    /** 7–9 h earns 100; linear to 0 at 4 h below and to 50 at 12 h above (floor 0). */
    SLEEP_DURATION(ScoreKind.SLEEP, MetricType.SLEEP_DURATION, 0.6, false,
            (seconds, baselineMedian) -> sleepDurationPoints(seconds / 3600)),
    /** The provider's sleep score, already 0–100. */
    PROVIDER_SLEEP_SCORE(ScoreKind.SLEEP, MetricType.SLEEP_SCORE, 0.4, false,
            (score, baselineMedian) -> clamp(score)),
    /** 10 000 steps earn 100, proportionally fewer below. */
    STEPS(ScoreKind.ACTIVITY, MetricType.STEPS, 0.5, false,
            (steps, baselineMedian) -> linear(steps, 0, 10_000)),
    /** 500 kcal active energy earn 100, proportionally fewer below. */
    ACTIVE_ENERGY(ScoreKind.ACTIVITY, MetricType.ACTIVE_ENERGY, 0.3, false,
            (kcal, baselineMedian) -> linear(kcal, 0, 500)),
    /** WHOOP strain (0–21): 14 ("strenuous") earns 100, proportionally fewer below. */
    STRAIN(ScoreKind.ACTIVITY, MetricType.STRAIN, 0.2, false,
            (strain, baselineMedian) -> linear(strain, 0, 14)),
    /** Resting heart rate: 50 /min or lower earns 100, 90 /min or higher 0, linear between. */
    RESTING_HEART_RATE(ScoreKind.CARDIO, MetricType.RESTING_HEART_RATE, 0.5, false,
            (bpm, baselineMedian) -> linear(bpm, 90, 50)),
    /** HRV (RMSSD) on a log scale: 20 ms earns 0, 100 ms or more 100. */
    HEART_RATE_VARIABILITY(ScoreKind.CARDIO, MetricType.HRV_RMSSD, 0.3, false,
            (ms, baselineMedian) -> ms <= 0 ? 0 : clamp(100 * Math.log(ms / 20) / Math.log(5))),
    /** Blood oxygen: 90 % or lower earns 0, 97 % or higher 100, linear between. */
    BLOOD_OXYGEN(ScoreKind.CARDIO, MetricType.SPO2, 0.2, false,
            (percent, baselineMedian) -> linear(percent, 90, 97)),
    /** The provider's recovery score (WHOOP %), already 0–100. */
    PROVIDER_RECOVERY(ScoreKind.RECOVERY, MetricType.RECOVERY_SCORE, 0.3, false,
            (score, baselineMedian) -> clamp(score)),
    /** The provider's readiness score (Oura), already 0–100. */
    PROVIDER_READINESS(ScoreKind.RECOVERY, MetricType.READINESS_SCORE, 0.3, false,
            (score, baselineMedian) -> clamp(score)),
    /** HRV relative to the baseline median: 70 % of it earns 0, 110 % or more 100 (the median itself 75). */
    HRV_VERSUS_BASELINE(ScoreKind.RECOVERY, MetricType.HRV_RMSSD, 0.2, true,
            (ms, baselineMedian) -> linear(ms / baselineMedian, 0.7, 1.1)),
    /** Resting HR minus the baseline median: 4 /min below earns 100, 8 /min above 0 (the median 66.7). */
    RESTING_HEART_RATE_VERSUS_BASELINE(ScoreKind.RECOVERY, MetricType.RESTING_HEART_RATE, 0.1, true,
            (bpm, baselineMedian) -> linear(bpm - baselineMedian, 8, -4)),
    /** Body temperature deviation: 0 °C earns 100, ±1 °C or more 0, linear between. */
    TEMPERATURE_DEVIATION(ScoreKind.RECOVERY, MetricType.BODY_TEMPERATURE_DEVIATION, 0.1, false,
            (celsius, baselineMedian) -> linear(Math.abs(celsius), 1, 0));

    private final ScoreKind kind;
    private final MetricType metric;
    private final double weight;
    private final boolean relative;
    private final DoubleBinaryOperator points;

    ScoreComponent(ScoreKind kind, MetricType metric, double weight, boolean relative, DoubleBinaryOperator points) {
        this.kind = kind;
        this.metric = metric;
        this.weight = weight;
        this.relative = relative;
        this.points = points;
    }

    /** The 0–100 points of a value; {@code baselineMedian} is only read by relative components. */
    double points(double value, double baselineMedian) {
        return points.applyAsDouble(value, baselineMedian);
    }

    ScoreKind kind() {
        return kind;
    }

    MetricType metric() {
        return metric;
    }

    double weight() {
        return weight;
    }

    boolean relative() {
        return relative;
    }

    /** The name shown for this input: the metric code, with the baseline comparison for relative ones. */
    String inputName() {
        return relative ? metric.code() + " vs 30-day median" : metric.code();
    }

    /** 0 at {@code zeroAt}, 100 at {@code hundredAt}, linear between, clamped to 0–100 (either direction). */
    static double linear(double value, double zeroAt, double hundredAt) {
        return clamp(100 * (value - zeroAt) / (hundredAt - zeroAt));
    }

    private static double sleepDurationPoints(double hours) {
        if (hours < 7) {
            return linear(hours, 4, 7);
        }
        return hours <= 9 ? 100 : clamp(100 - (hours - 9) * 50 / 3);
    }

    static double clamp(double points) {
        return Math.max(0, Math.min(100, points));
    }
}
