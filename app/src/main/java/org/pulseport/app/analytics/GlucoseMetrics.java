package org.pulseport.app.analytics;

import java.util.Objects;

/**
 * The consensus CGM metrics of one window, all glucose values in mg/dL (convert with
 * {@link org.pulseport.core.model.GlucoseUnit} for display). Undefined values are NaN: the mean and GMI
 * without readings, the SD and CV with fewer than two readings.
 *
 * @param readings                      number of readings in the window
 * @param mean                          mean glucose, mg/dL
 * @param standardDeviation             sample standard deviation, mg/dL
 * @param coefficientOfVariationPercent 100 × SD / mean (target ≤ 36 %)
 * @param gmiPercent                    Glucose Management Indicator, %
 * @param gmiMmolPerMol                 Glucose Management Indicator, mmol/mol
 * @param activePercent                 sensor intervals with at least one reading / intervals in the window
 *                                      (target > 70 %)
 * @param timeInRanges                  percentage of readings per consensus range
 */
public record GlucoseMetrics(int readings, double mean, double standardDeviation,
                             double coefficientOfVariationPercent, double gmiPercent, double gmiMmolPerMol,
                             double activePercent, TimeInRanges timeInRanges) {

    /** The consensus target for the coefficient of variation, %. */
    public static final double CV_TARGET_PERCENT = 36;
    /** The consensus target for the share of time with CGM data, %. */
    public static final double ACTIVE_TARGET_PERCENT = 70;

    public GlucoseMetrics {
        Objects.requireNonNull(timeInRanges, "timeInRanges");
    }

    /** Metrics of mg/dL readings that cover {@code activeIntervals} of {@code expectedIntervals}. */
    public static GlucoseMetrics of(double[] mgDl, long activeIntervals, long expectedIntervals) {
        double mean = GlucoseFormulas.mean(mgDl);
        double sd = GlucoseFormulas.sampleStandardDeviation(mgDl);
        double active = expectedIntervals == 0 ? 0 : Math.min(100.0, 100.0 * activeIntervals / expectedIntervals);
        return new GlucoseMetrics(mgDl.length, mean, sd, GlucoseFormulas.coefficientOfVariationPercent(sd, mean),
                GlucoseFormulas.gmiPercent(mean), GlucoseFormulas.gmiMmolPerMol(mean), active,
                TimeInRanges.of(mgDl));
    }
}
