package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeInRangesTest {

    @Test
    void classifiesTheConsensusBoundaries() {
        assertThat(GlucoseRange.of(53.9)).isEqualTo(GlucoseRange.VERY_LOW);
        assertThat(GlucoseRange.of(54)).isEqualTo(GlucoseRange.LOW);
        assertThat(GlucoseRange.of(69.9)).isEqualTo(GlucoseRange.LOW);
        assertThat(GlucoseRange.of(70)).isEqualTo(GlucoseRange.IN_RANGE);
        assertThat(GlucoseRange.of(180)).isEqualTo(GlucoseRange.IN_RANGE);
        assertThat(GlucoseRange.of(180.1)).isEqualTo(GlucoseRange.HIGH);
        assertThat(GlucoseRange.of(250)).isEqualTo(GlucoseRange.HIGH);
        assertThat(GlucoseRange.of(250.1)).isEqualTo(GlucoseRange.VERY_HIGH);
    }

    @Test
    void percentagesOfReadingsPerRange() {
        double[] readings = {50, 60, 65, 100, 120, 140, 160, 180, 200, 300};

        TimeInRanges tir = TimeInRanges.of(readings);

        assertThat(tir.percent(GlucoseRange.VERY_LOW)).isEqualTo(10);
        assertThat(tir.percent(GlucoseRange.LOW)).isEqualTo(20);
        assertThat(tir.percent(GlucoseRange.IN_RANGE)).isEqualTo(50);
        assertThat(tir.percent(GlucoseRange.HIGH)).isEqualTo(10);
        assertThat(tir.percent(GlucoseRange.VERY_HIGH)).isEqualTo(10);
        assertThat(tir.belowRangePercent()).isEqualTo(30);
        assertThat(tir.aboveRangePercent()).isEqualTo(20);
        assertThat(tir.readings()).isEqualTo(10);
    }

    @Test
    void sharesAddUpToOneHundredAndNoReadingsGiveZeros() {
        TimeInRanges tir = TimeInRanges.of(new double[] {55, 75, 95});
        double total = 0;
        for (GlucoseRange range : GlucoseRange.values()) {
            total += tir.percent(range);
        }
        assertThat(total).isCloseTo(100, within(1e-9));
        assertThat(TimeInRanges.of(new double[0]).percent(GlucoseRange.IN_RANGE)).isZero();
    }

    @Test
    void targetsFollowTheConsensus() {
        assertThat(GlucoseRange.IN_RANGE.meetsTarget(70.5)).isTrue();
        assertThat(GlucoseRange.IN_RANGE.meetsTarget(70)).isFalse();
        assertThat(GlucoseRange.VERY_LOW.meetsTarget(0.9)).isTrue();
        assertThat(GlucoseRange.LOW.meetsTarget(4)).isFalse();
        assertThat(GlucoseRange.HIGH.meetsTarget(24)).isTrue();
        assertThat(GlucoseRange.VERY_HIGH.meetsTarget(5.1)).isFalse();
    }
}
