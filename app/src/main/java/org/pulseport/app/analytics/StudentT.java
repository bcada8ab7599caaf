package org.pulseport.app.analytics;

/** Tail probabilities of Student's t distribution, through the regularized incomplete beta function. */
public final class StudentT {

    private StudentT() {
    }

    /** P(|T| ≥ |t|) for T with {@code degreesOfFreedom} degrees: I_{ν/(ν+t²)}(ν/2, 1/2). */
    public static double twoSidedPValue(double t, double degreesOfFreedom) {
        if (degreesOfFreedom <= 0) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + degreesOfFreedom);
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return IncompleteBeta.regularized(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
    }

    /**
     * The two-sided p-value of a correlation coefficient r from n pairs under the null hypothesis of no
     * correlation: t = r·√((n − 2)/(1 − r²)) with n − 2 degrees of freedom; 0 for |r| = 1.
     */
    public static double correlationPValue(double r, int n) {
        if (n < 3) {
            throw new IllegalArgumentException("a correlation test needs at least 3 pairs: " + n);
        }
        double remaining = 1 - r * r;
        if (remaining <= 0) {
            return 0;
        }
        return twoSidedPValue(r * Math.sqrt((n - 2) / remaining), n - 2);
    }
}
