package org.pulseport.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetricTypeTest {

    @Test
    void codesAreUniqueSnakeCaseAndRoundTrip() {
        assertThat(Arrays.stream(MetricType.values()).map(MetricType::code)).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z0-9_]+"));
        for (MetricType m : MetricType.values()) {
            assertThat(MetricType.fromCode(m.code())).contains(m);
        }
        assertThat(MetricType.fromCode("no_such_metric")).isEmpty();
    }

    @Test
    void canonicalUnitsAreUcum() {
        assertThat(MetricType.GLUCOSE.ucumUnit()).isEqualTo("mg/dL");
        assertThat(MetricType.HEART_RATE.ucumUnit()).isEqualTo("/min");
        assertThat(MetricType.BODY_TEMPERATURE_DEVIATION.ucumUnit()).isEqualTo("Cel");
        assertThat(MetricType.SPEED.ucumUnit()).isEqualTo("m/s");
    }
}
