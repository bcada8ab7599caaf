package org.pulseport.app.analytics;

import java.util.Arrays;

/**
 * A personal baseline described robustly by its median and median absolute deviation (MAD), so that one
 * bad night or a sensor glitch does not move it. The robust z-score of Iglewicz and Hoaglin is
 * z = 0.6745·(x − median)/MAD; it is undefined (NaN) when MAD is 0, i.e. when more than half of the
 * baseline values are identical.
 *
 * @param median the baseline median
 * @param mad    the median of the absolute deviations from the median
 * @param size   how many values the baseline was computed from
 */
public record RobustBaseline(double median, double mad, int size) {

    /** The constant that makes MAD-based z-scores comparable to standard z-scores under normality. */
    public static final double CONSISTENCY = 0.6745;

    /** The baseline of the given values; both statistics are NaN for no values. */
    public static RobustBaseline of(double[] values) {
        double median = Percentiles.median(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
        return new RobustBaseline(median, Percentiles.median(deviations), values.length);
    }

    /** The robust z-score of x against this baseline; NaN when MAD is 0 or the baseline is empty. */
    public double robustZ(double x) {
        if (size == 0 || mad == 0) {
            return Double.NaN;
        }
        return CONSISTENCY * (x - median) / mad;
    }
}
