package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values computed with SciPy 1.17 (pearsonr, spearmanr, t.sf, betainc, gammaln). */
class CorrelationTest {

    private static final double[] DAYS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    private static final double[] RISING = {2.1, 3.9, 6.2, 7.8, 11.0, 11.5, 14.2, 15.1, 19.3, 18.2, 23.1, 22.0};
    private static final double[] RESTING_HR = {56, 58, 61, 55, 70, 72, 60, 65, 59, 63};
    private static final double[] HRV = {80, 75, 60, 85, 40, 42, 66, 55, 70, 64};

    @Test
    void strongPositivePearsonAndSpearmanWithPValues() {
        double r = Correlation.pearson(DAYS, RISING);
        double rho = Correlation.spearman(DAYS, RISING);

        assertThat(r).isCloseTo(0.9895673568270931, within(1e-12));
        assertThat(StudentT.correlationPValue(r, 12)).isCloseTo(9.564359471022428e-10, within(1e-17));
        assertThat(rho).isCloseTo(0.9860139860139862, within(1e-12));
        assertThat(StudentT.correlationPValue(rho, 12)).isCloseTo(4.1168959116543235e-09, within(1e-16));
    }

    @Test
    void strongNegativeCorrelation() {
        double r = Correlation.pearson(RESTING_HR, HRV);

        assertThat(r).isCloseTo(-0.975739155878964, within(1e-12));
        assertThat(StudentT.correlationPValue(r, 10)).isCloseTo(1.471978728857763e-06, within(1e-13));
        assertThat(Correlation.spearman(RESTING_HR, HRV)).isCloseTo(-0.9757575757575757, within(1e-12));
    }

    @Test
    void weakCorrelationIsNotSignificant() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = {5, 3, 8, 1, 9, 2, 7, 4, 10, 6};

        double r = Correlation.pearson(x, y);

        assertThat(r).isCloseTo(0.29696969696969683, within(1e-12));
        assertThat(StudentT.correlationPValue(r, 10)).isCloseTo(0.40470167127015694, within(1e-10));
    }

    @Test
    void tiesGetAverageRanks() {
        double[] x = {1, 2, 2, 3, 4, 4, 4, 5, 6, 7};
        double[] y = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};

        assertThat(Ranks.averageRanks(x)).containsExactly(1, 2.5, 2.5, 4, 6, 6, 6, 8, 9, 10);
        double rho = Correlation.spearman(x, y);
        assertThat(rho).isCloseTo(0.42547404571870995, within(1e-12));
        assertThat(StudentT.correlationPValue(rho, 10)).isCloseTo(0.22025108522647133, within(1e-10));
    }

    @Test
    void constantSeriesHasNoCorrelationAndPerfectOneHasPZero() {
        assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isNaN();
        assertThat(Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8})).isEqualTo(1);
        assertThat(StudentT.correlationPValue(1, 4)).isZero();
    }

    @Test
    void studentTTailsMatchReferenceValues() {
        assertThat(StudentT.twoSidedPValue(2.0, 5)).isCloseTo(0.10193947882985835, within(1e-12));
        assertThat(StudentT.twoSidedPValue(1.0, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(StudentT.twoSidedPValue(-3.5, 30)).isCloseTo(0.0014768074376442532, within(1e-12));
        assertThat(StudentT.twoSidedPValue(0.5, 100)).isCloseTo(0.6181735658308866, within(1e-12));
        assertThat(StudentT.twoSidedPValue(0, 7)).isCloseTo(1, within(1e-12));
    }

    @Test
    void incompleteBetaAndLogGammaMatchReferenceValues() {
        assertThat(IncompleteBeta.regularized(0.4, 2, 3)).isCloseTo(0.5248, within(1e-12));
        assertThat(IncompleteBeta.regularized(0.3, 0.5, 0.5)).isCloseTo(0.36901011956554536, within(1e-12));
        assertThat(IncompleteBeta.regularized(0.99, 50, 0.5)).isCloseTo(0.3173043978741973, within(1e-10));
        assertThat(IncompleteBeta.regularized(0.2, 5, 10)).isCloseTo(0.1298396258304001, within(1e-12));
        assertThat(IncompleteBeta.logGamma(0.5)).isCloseTo(0.5723649429247, within(1e-12));
        assertThat(IncompleteBeta.logGamma(10)).isCloseTo(12.801827480081469, within(1e-10));
        assertThat(IncompleteBeta.logGamma(100.5)).isCloseTo(361.43554046777757, within(1e-9));
    }
}
