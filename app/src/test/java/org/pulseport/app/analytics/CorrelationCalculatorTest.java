package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.MetricType;

class CorrelationCalculatorTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    private static NavigableMap<LocalDate, DailyStats> daysBeforeEnd(int firstOffset, double... values) {
        List<DayValue> days = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            days.add(new DayValue(LAST_DAY.minusDays(firstOffset - (long) i), values[i]));
        }
        return DailyStatsCalculator.byProviderDay(days);
    }

    @Test
    void pairsOnlyDaysWhereBothMetricsHaveDataWithinTheWindow() {
        Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily = new EnumMap<>(MetricType.class);
        daily.put(MetricType.HRV_RMSSD, daysBeforeEnd(9, 80, 75, 60, 85, 40, 42, 66, 55, 70, 64));
        NavigableMap<LocalDate, DailyStats> restingHr = daysBeforeEnd(9, 56, 58, 61, 55, 70, 72, 60, 65, 59, 63);
        restingHr.putAll(daysBeforeEnd(200, 99, 1, 99));
        daily.put(MetricType.RESTING_HEART_RATE, restingHr);

        List<MetricCorrelation> correlations = CorrelationCalculator.defaults().pairwise(daily, LAST_DAY);

        assertThat(correlations).singleElement().satisfies(c -> {
            assertThat(c.first()).isEqualTo(MetricType.RESTING_HEART_RATE);
            assertThat(c.second()).isEqualTo(MetricType.HRV_RMSSD);
            assertThat(c.pairedDays()).isEqualTo(10);
            assertThat(c.pearson()).isCloseTo(-0.975739155878964, within(1e-12));
            assertThat(c.pearsonP()).isCloseTo(1.471978728857763e-06, within(1e-13));
            assertThat(c.spearmanP()).isCloseTo(1.467546187404219e-06, within(1e-13));
        });
    }

    @Test
    void omitsPairsWithTooFewPairedDaysOrAConstantMetric() {
        Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily = new EnumMap<>(MetricType.class);
        daily.put(MetricType.STEPS, daysBeforeEnd(8, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        daily.put(MetricType.WEIGHT, daysBeforeEnd(8, 9, 8, 7, 6, 5, 4, 3, 2, 1));
        daily.put(MetricType.SPO2, daysBeforeEnd(8, 97, 97, 97, 97, 97, 97, 97, 97, 97));

        assertThat(CorrelationCalculator.defaults().pairwise(daily, LAST_DAY)).isEmpty();
        assertThat(new CorrelationCalculator(90, 9).pairwise(daily, LAST_DAY)).singleElement()
                .satisfies(c -> assertThat(c.pearson()).isCloseTo(-1, within(1e-12)));
    }
}
