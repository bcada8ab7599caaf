package org.pulseport.app.analytics;

/**
 * Pearson's and Spearman's correlation coefficients of paired values, with two-sided p-values from the
 * t distribution (for Spearman the usual large-sample t approximation on ranks, which is close for n ≥ 10).
 */
public final class Correlation {

    private Correlation() {
    }

    /** Pearson's r; NaN when either side is constant or there are fewer than two pairs. */
    public static double pearson(double[] x, double[] y) {
        requireSameLength(x, y);
        double meanX = GlucoseFormulas.mean(x);
        double meanY = GlucoseFormulas.mean(y);
        double sumXy = 0;
        double sumXx = 0;
        double sumYy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sumXy += dx * dy;
            sumXx += dx * dx;
            sumYy += dy * dy;
        }
        if (x.length < 2 || sumXx == 0 || sumYy == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sumXy / Math.sqrt(sumXx * sumYy)));
    }

    /** Spearman's ρ: Pearson's r of the ranks, ties getting their average rank. */
    public static double spearman(double[] x, double[] y) {
        requireSameLength(x, y);
        return pearson(Ranks.averageRanks(x), Ranks.averageRanks(y));
    }

    private static void requireSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired arrays differ in length: " + x.length + " vs " + y.length);
        }
    }
}
