package org.pulseport.app.analytics;

import java.util.Arrays;

/**
 * Order statistics over plain double arrays. One percentile rule is used everywhere in Pulseport: linear
 * interpolation between the closest ranks (Hyndman &amp; Fan type 7, the spreadsheet {@code PERCENTILE.INC}):
 * for sorted values x[0..n-1] and p in [0, 1], h = (n - 1)·p and the result is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (p in [0, 1]) of values that are already sorted ascending; NaN when empty. */
    public static double ofSorted(double[] sorted, int length, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("percentile must be within [0, 1]: " + p);
        }
        if (length == 0) {
            return Double.NaN;
        }
        double h = (length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    /** The p-th percentile of unsorted values (the array is not modified); NaN when empty. */
    public static double of(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, sorted.length, p);
    }

    /** The median (the 50th percentile under the rule above); NaN when empty. */
    public static double median(double[] values) {
        return of(values, 0.5);
    }
}
