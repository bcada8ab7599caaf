package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void interpolatesLinearlyBetweenClosestRanks() {
        double[] values = {140, 100, 130, 110, 120};

        assertThat(Percentiles.of(values, 0.05)).isCloseTo(102, within(1e-9));
        assertThat(Percentiles.of(values, 0.25)).isEqualTo(110);
        assertThat(Percentiles.median(values)).isEqualTo(120);
        assertThat(Percentiles.of(values, 0.95)).isCloseTo(138, within(1e-9));
        assertThat(Percentiles.of(values, 1)).isEqualTo(140);
        assertThat(values).containsExactly(140, 100, 130, 110, 120);
    }

    @Test
    void medianOfAnEvenCountIsTheMidpoint() {
        assertThat(Percentiles.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void singleValueAndEmptyInput() {
        assertThat(Percentiles.of(new double[] {7}, 0.95)).isEqualTo(7);
        assertThat(Percentiles.of(new double[0], 0.5)).isNaN();
        assertThatThrownBy(() -> Percentiles.of(new double[] {1}, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void robustZScoreUsesMedianAndMad() {
        RobustBaseline baseline = RobustBaseline.of(new double[] {50, 52, 54, 56, 58, 60, 100});

        assertThat(baseline.median()).isEqualTo(56);
        assertThat(baseline.mad()).isEqualTo(4);
        assertThat(baseline.robustZ(70)).isCloseTo(0.6745 * 14 / 4, within(1e-12));
        assertThat(baseline.robustZ(56)).isZero();
    }

    @Test
    void robustZScoreIsUndefinedWithoutSpread() {
        assertThat(RobustBaseline.of(new double[] {60, 60, 60, 61}).robustZ(80)).isNaN();
        assertThat(RobustBaseline.of(new double[0]).robustZ(80)).isNaN();
    }
}
