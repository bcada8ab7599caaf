package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.TimeSeries;

class DailyStatsCalculatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void groupsReadingsByLocalDayWithAverageMinMaxAndCount() {
        TimeSeries series = TestSeries.at(BERLIN,
                "2025-01-10T08:00", 60, "2025-01-10T20:00", 80, "2025-01-10T23:59", 100,
                "2025-01-11T00:00", 50);

        NavigableMap<LocalDate, DailyStats> stats = DailyStatsCalculator.byLocalDay(series, BERLIN);

        assertThat(stats.values()).containsExactly(
                new DailyStats(LocalDate.of(2025, 1, 10), 3, 80, 60, 100),
                new DailyStats(LocalDate.of(2025, 1, 11), 1, 50, 50, 50));
    }

    @Test
    void usesTheLocalDayNotTheUtcDay() {
        TimeSeries lateUtcEarlyLocal = TestSeries.at(ZoneId.of("UTC"), "2025-01-01T23:30", 7);

        assertThat(DailyStatsCalculator.byLocalDay(lateUtcEarlyLocal, BERLIN).firstKey())
                .isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void springForwardDayHasTwentyThreeHourlyReadings() {
        TimeSeries hourly = TestSeries.every(BERLIN, "2025-03-29T00:00", Duration.ofHours(1), 24 + 23 + 24,
                i -> i);

        NavigableMap<LocalDate, DailyStats> stats = DailyStatsCalculator.byLocalDay(hourly, BERLIN);

        assertThat(stats.values()).extracting(DailyStats::count).containsExactly(24, 23, 24);
        DailyStats shortDay = stats.get(LocalDate.of(2025, 3, 30));
        assertThat(shortDay.min()).isEqualTo(24);
        assertThat(shortDay.max()).isEqualTo(46);
        assertThat(shortDay.average()).isEqualTo(35);
    }

    @Test
    void fallBackDayHasTwentyFiveHourlyReadingsInNewYork() {
        TimeSeries hourly = TestSeries.every(NEW_YORK, "2025-11-01T00:00", Duration.ofHours(1), 24 + 25 + 24,
                i -> 1);

        NavigableMap<LocalDate, DailyStats> stats = DailyStatsCalculator.byLocalDay(hourly, NEW_YORK);

        assertThat(stats).containsOnlyKeys(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 2),
                LocalDate.of(2025, 11, 3));
        assertThat(stats.get(LocalDate.of(2025, 11, 2)).count()).isEqualTo(25);
    }

    @Test
    void dayWithOneReadingHasEqualAverageMinAndMax() {
        DailyStats only = DailyStatsCalculator.byLocalDay(TestSeries.at(BERLIN, "2025-06-01T12:00", 72.5), BERLIN)
                .firstEntry().getValue();

        assertThat(only).isEqualTo(new DailyStats(LocalDate.of(2025, 6, 1), 1, 72.5, 72.5, 72.5));
    }

    @Test
    void gapsLeaveDaysOutAndEmptyInputGivesNoDays() {
        TimeSeries withGap = TestSeries.at(BERLIN, "2025-06-01T12:00", 1, "2025-06-05T12:00", 2);

        assertThat(DailyStatsCalculator.byLocalDay(withGap, BERLIN)).containsOnlyKeys(
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 5));
        assertThat(DailyStatsCalculator.byLocalDay(TimeSeries.empty(), BERLIN)).isEmpty();
    }

    @Test
    void providerDayValuesKeepTheirDayAndCombineWhenRepeated() {
        LocalDate day = LocalDate.of(2025, 2, 3);
        NavigableMap<LocalDate, DailyStats> stats = DailyStatsCalculator.byProviderDay(List.of(
                new DayValue(day.plusDays(1), 9000), new DayValue(day, 70), new DayValue(day, 80)));

        assertThat(stats.firstEntry().getValue()).isEqualTo(new DailyStats(day, 2, 75, 70, 80));
        assertThat(stats.lastEntry().getValue().average()).isCloseTo(9000, within(1e-9));
    }
}
