package org.pulseport.app.analytics;

import org.pulseport.core.model.GlucoseUnit;

/**
 * The published glucose formulas, in one place so that reports, exports and tests share them.
 */
public final class GlucoseFormulas {

    private GlucoseFormulas() {
    }

    /** Glucose Management Indicator in % (Bergenstal et al., Diabetes Care 2018): 3.31 + 0.02392 × mean mg/dL. */
    public static double gmiPercent(double meanMgDl) {
        return 3.31 + 0.02392 * meanMgDl;
    }

    /** GMI in mmol/mol (same paper): 12.71 + 4.70587 × mean mmol/L. */
    public static double gmiMmolPerMol(double meanMgDl) {
        return 12.71 + 4.70587 * GlucoseUnit.MMOL_L.fromMgDl(meanMgDl);
    }

    /** Coefficient of variation in %: 100 × SD / mean; NaN when either is undefined. */
    public static double coefficientOfVariationPercent(double standardDeviation, double mean) {
        return 100 * standardDeviation / mean;
    }

    /** Arithmetic mean; NaN for no values. */
    public static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** Sample standard deviation (divisor n − 1); NaN for fewer than two values. */
    public static double sampleStandardDeviation(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
