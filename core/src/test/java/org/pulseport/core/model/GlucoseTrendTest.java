package org.pulseport.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlucoseTrendTest {

    @ParameterizedTest
    @CsvSource({"0, FLAT", "0.99, FLAT", "-0.5, FLAT", "1.0, FORTY_FIVE_UP", "-1.5, FORTY_FIVE_DOWN",
            "2.0, SINGLE_UP", "-3.0, SINGLE_DOWN", "3.1, DOUBLE_UP", "-4, DOUBLE_DOWN", "NaN, NOT_COMPUTABLE"})
    void classifiesRateBands(double rate, GlucoseTrend expected) {
        assertThat(GlucoseTrend.fromRate(rate)).isEqualTo(expected);
    }
}
