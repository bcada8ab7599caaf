package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.TimeSeries;

class GlucoseExcursionDetectorTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final GlucoseExcursionDetector MG_DL = new GlucoseExcursionDetector(GlucoseUnit.MG_DL);

    private static TimeSeries fiveMinute(double... values) {
        return TestSeries.every(UTC, "2025-06-01T03:00", Duration.ofMinutes(5), values.length, i -> values[i]);
    }

    @Test
    void urgentLowInsideALowIsReportedOnceAsUrgent() {
        TimeSeries readings = fiveMinute(100, 100, 65, 60, 52, 50, 51, 53, 60, 65, 100);

        List<GlucoseExcursion> found = MG_DL.detect(readings);

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo(AnomalyCategory.GLUCOSE_URGENT_LOW);
            assertThat(e.severity()).isEqualTo(AnomalySeverity.URGENT);
            assertThat(e.start()).isEqualTo(readings.instant(4));
            assertThat(e.end()).isEqualTo(readings.instant(7));
            assertThat(e.duration()).isEqualTo(Duration.ofMinutes(15));
            assertThat(e.value()).isEqualTo(50);
            assertThat(e.baseline()).isEqualTo(54);
            assertThat(e.message()).isEqualTo("Urgent low glucose: below 54 mg/dL for 15 min, lowest 50 mg/dL.");
        });
    }

    @Test
    void lowAndHighInMmolPerLitre() {
        TimeSeries readings = fiveMinute(60, 62, 61, 60, 100, 255, 270, 260, 262, 251, 200);

        List<GlucoseExcursion> found = new GlucoseExcursionDetector(GlucoseUnit.MMOL_L).detect(readings);

        assertThat(found).extracting(GlucoseExcursion::category)
                .containsExactly(AnomalyCategory.GLUCOSE_LOW, AnomalyCategory.GLUCOSE_HIGH);
        assertThat(found.get(0).message()).isEqualTo("Low glucose: below 3.9 mmol/L for 15 min, lowest 3.3 mmol/L.");
        assertThat(found.get(1).message())
                .isEqualTo("High glucose: above 13.9 mmol/L for 20 min, highest 15.0 mmol/L.");
        assertThat(found.get(1).severity()).isEqualTo(AnomalySeverity.WARNING);
    }

    @Test
    void shortDipsThresholdValuesAndGapsDoNotCount() {
        assertThat(MG_DL.detect(fiveMinute(100, 50, 50, 50, 100))).isEmpty();
        assertThat(MG_DL.detect(fiveMinute(70, 70, 70, 70, 250, 250, 250, 250))).isEmpty();
        TimeSeries withGap = TestSeries.at(UTC, "2025-06-01T03:00", 60, "2025-06-01T03:10", 60,
                "2025-06-01T03:30", 60, "2025-06-01T03:40", 60);
        assertThat(MG_DL.detect(withGap)).isEmpty();
        assertThat(MG_DL.detect(TimeSeries.empty())).isEmpty();
    }

    @Test
    void fifteenMinuteReadingsOfALibreCount() {
        TimeSeries libre = TestSeries.every(UTC, "2025-06-01T03:00", Duration.ofMinutes(15), 3, i -> 45);

        assertThat(MG_DL.detect(libre)).singleElement()
                .satisfies(e -> assertThat(e.duration()).isEqualTo(Duration.ofMinutes(30)));
    }
}
