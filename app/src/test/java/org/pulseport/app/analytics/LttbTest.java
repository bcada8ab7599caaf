package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.TimeSeries;

class LttbTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static TimeSeries flatWithSpikes(int size) {
        return TestSeries.every(UTC, "2025-01-01T00:00", Duration.ofMinutes(5), size,
                i -> i == 333 ? 400 : i == 700 ? 20 : 100);
    }

    @Test
    void keepsFirstAndLastAndReturnsTheTargetCount() {
        TimeSeries series = flatWithSpikes(1000);

        TimeSeries reduced = Lttb.downsample(series, 50);

        assertThat(reduced.size()).isEqualTo(50);
        assertThat(reduced.epochMillis(0)).isEqualTo(series.epochMillis(0));
        assertThat(reduced.epochMillis(49)).isEqualTo(series.epochMillis(999));
    }

    @Test
    void keepsTheExtremesOfSpikesUpAndDown() {
        TimeSeries reduced = Lttb.downsample(flatWithSpikes(1000), 20);

        assertThat(reduced.valuesCopy()).contains(400.0, 20.0);
    }

    @Test
    void outputIsASubsetOfTheInputInTimeOrder() {
        TimeSeries series = TestSeries.every(UTC, "2025-01-01T00:00", Duration.ofMinutes(1), 777,
                i -> Math.sin(i / 10.0) * 50 + i % 13);
        TimeSeries reduced = Lttb.downsample(series, 101);

        int cursor = 0;
        for (int k = 0; k < reduced.size(); k++) {
            while (series.epochMillis(cursor) != reduced.epochMillis(k)) {
                cursor++;
            }
            assertThat(reduced.value(k)).isEqualTo(series.value(cursor));
        }
        assertThat(reduced.size()).isEqualTo(101);
    }

    @Test
    void leavesSmallSeriesAndTinyThresholdsAlone() {
        TimeSeries series = flatWithSpikes(10);

        assertThat(Lttb.downsample(series, 10)).isSameAs(series);
        assertThat(Lttb.downsample(series, 2)).isSameAs(series);
        assertThat(Lttb.downsample(TimeSeries.empty(), 5).isEmpty()).isTrue();
    }
}
