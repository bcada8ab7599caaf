package org.pulseport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private final TimeSeries series = TimeSeries.of(new long[] {10, 20, 20, 30, 40}, new double[] {1, 2, 3, 4, 5});

    @Test
    void betweenIsInclusiveOnBothEndsAndKeepsEqualTimes() {
        assertThat(series.between(20, 30)).isEqualTo(TimeSeries.of(new long[] {20, 20, 30}, new double[] {2, 3, 4}));
        assertThat(series.between(11, 19).isEmpty()).isTrue();
        assertThat(series.between(0, Long.MAX_VALUE)).isEqualTo(series);
        assertThat(series.between(41, 99).isEmpty()).isTrue();
    }

    @Test
    void mapValuesKeepsTheTimes() {
        assertThat(series.mapValues(v -> v * 10).valuesCopy()).containsExactly(10, 20, 30, 40, 50);
        assertThat(series.mapValues(v -> v).epochMillisCopy()).containsExactly(10, 20, 20, 30, 40);
    }

    @Test
    void rejectsTimesOutOfOrder() {
        assertThatThrownBy(() -> TimeSeries.of(new long[] {2, 1}, new double[] {0, 0})).hasMessageContaining("not ascending");
        assertThatThrownBy(() -> new TimeSeries.Builder().add(5, 0).add(4, 0)).hasMessageContaining("ascending");
    }
}
