package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.MetricType;

class BaselineAnomalyDetectorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 26);
    private static final BaselineAnomalyDetector DETECTOR = new BaselineAnomalyDetector(ZoneId.of("Europe/Berlin"));

    private static Map<MetricType, NavigableMap<LocalDate, DailyStats>> history(MetricType metric, double today,
                                                                                double... baseline) {
        NavigableMap<LocalDate, DailyStats> days = DailyFixtures.consecutive(TODAY.minusDays(baseline.length),
                baseline);
        days.putAll(DailyFixtures.consecutive(TODAY, today));
        Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily = new EnumMap<>(MetricType.class);
        daily.put(metric, days);
        return daily;
    }

    @Test
    void restingHeartRateClearlyAboveBaselineOnAFallBackDay() {
        List<BaselineDeviation> found = DETECTOR.detect(history(MetricType.RESTING_HEART_RATE, 62,
                54, 55, 53, 54, 56, 54, 55, 53, 54, 55), Set.of(TODAY));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(AnomalyCategory.RESTING_HEART_RATE_UP);
            assertThat(d.severity()).isEqualTo(AnomalySeverity.WARNING);
            assertThat(d.baseline()).isEqualTo(54);
            assertThat(d.robustZ()).isCloseTo(0.6745 * 8, within(1e-12));
            assertThat(d.start()).isEqualTo(Instant.parse("2025-10-25T22:00:00Z"));
            assertThat(d.end()).isEqualTo(Instant.parse("2025-10-26T23:00:00Z"));
            assertThat(d.message())
                    .isEqualTo("Resting heart rate 62 /min is 8 /min above your 30-day median of 54 /min.");
        });
    }

    @Test
    void smallRestingHeartRateRiseIsNotAnAnomalyEvenWithAHighZ() {
        assertThat(DETECTOR.detect(history(MetricType.RESTING_HEART_RATE, 57,
                54, 55, 53, 54, 56, 54, 55, 53, 54, 55), Set.of(TODAY))).isEmpty();
    }

    @Test
    void hrvClearlyBelowBaseline() {
        List<BaselineDeviation> found = DETECTOR.detect(history(MetricType.HRV_RMSSD, 35,
                48, 50, 52, 50, 49, 51, 50, 53, 47, 50), Set.of(TODAY));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(AnomalyCategory.HRV_DOWN);
            assertThat(d.robustZ()).isCloseTo(0.6745 * -15, within(1e-12));
            assertThat(d.message()).isEqualTo("HRV (RMSSD) 35 ms is 30% below your 30-day median of 50 ms.");
        });
    }

    @Test
    void otherMetricsAreOutliersBeyondRobustZThreeAndAHalf() {
        double[] steps = {8000, 9000, 10000, 9500, 8500, 9000, 11000, 7000, 9000, 10000};

        List<BaselineDeviation> found = DETECTOR.detect(history(MetricType.STEPS, 30000, steps), Set.of(TODAY));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(AnomalyCategory.STATISTICAL_OUTLIER);
            assertThat(d.severity()).isEqualTo(AnomalySeverity.INFO);
            assertThat(d.baseline()).isEqualTo(9000);
            assertThat(d.robustZ()).isCloseTo(0.6745 * 21000 / 750, within(1e-9));
        });
        assertThat(DETECTOR.detect(history(MetricType.STEPS, 11500, steps), Set.of(TODAY))).isEmpty();
    }

    @Test
    void noBaselineWithFewerThanSevenDaysAndNoZWithoutSpread() {
        assertThat(DETECTOR.detect(history(MetricType.STEPS, 30000, 8000, 9000, 10000, 9500, 8500, 9000),
                Set.of(TODAY))).isEmpty();
        assertThat(DETECTOR.detect(history(MetricType.SPO2, 90, 97, 97, 97, 97, 97, 97, 97, 96),
                Set.of(TODAY))).isEmpty();
    }

    @Test
    void baselineLooksAtTheThirtyDaysBeforeOnly() {
        NavigableMap<LocalDate, DailyStats> days = DailyFixtures.consecutive(TODAY.minusDays(40),
                10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        days.putAll(DailyFixtures.consecutive(TODAY, 10));

        assertThat(PersonalBaseline.before(days, TODAY)).isEmpty();
        assertThat(PersonalBaseline.before(days, TODAY.minusDays(25))).hasValueSatisfying(b ->
                assertThat(b.size()).isEqualTo(10));
    }
}
