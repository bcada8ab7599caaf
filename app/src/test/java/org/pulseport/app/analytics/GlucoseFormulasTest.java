package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class GlucoseFormulasTest {

    @Test
    void gmiOfMean150IsSixPointNinePercentAndFiftyTwoMmolPerMol() {
        assertThat(GlucoseFormulas.gmiPercent(150)).isCloseTo(6.898, within(1e-9));
        assertThat(BigDecimal.valueOf(GlucoseFormulas.gmiPercent(150)).setScale(1, RoundingMode.HALF_UP))
                .isEqualByComparingTo("6.9");
        assertThat(GlucoseFormulas.gmiMmolPerMol(150)).isCloseTo(51.886, within(1e-3));
    }

    @Test
    void gmiMatchesFurtherRowsOfTheBergenstalTable() {
        assertThat(GlucoseFormulas.gmiPercent(100)).isCloseTo(5.702, within(1e-9));
        assertThat(GlucoseFormulas.gmiPercent(200)).isCloseTo(8.094, within(1e-9));
    }

    @Test
    void coefficientOfVariationIsSampleSdOverMeanInPercent() {
        double[] values = {100, 200};
        double sd = GlucoseFormulas.sampleStandardDeviation(values);

        assertThat(sd).isCloseTo(70.7107, within(1e-4));
        assertThat(GlucoseFormulas.coefficientOfVariationPercent(sd, GlucoseFormulas.mean(values)))
                .isCloseTo(47.1405, within(1e-4));
    }

    @Test
    void undefinedStatisticsAreNaN() {
        assertThat(GlucoseFormulas.mean(new double[0])).isNaN();
        assertThat(GlucoseFormulas.sampleStandardDeviation(new double[] {120})).isNaN();
    }
}
