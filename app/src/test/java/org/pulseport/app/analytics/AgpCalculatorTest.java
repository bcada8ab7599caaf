package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.TimeSeries;

class AgpCalculatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final AgpOptions RAW = new AgpOptions(15, false, Duration.ofMinutes(5));

    private static AmbulatoryGlucoseProfile oneDay(TimeSeries readings, ZoneId zone, String day) {
        return AgpCalculator.compute(readings, new AgpWindow(LocalDate.parse(day), LocalDate.parse(day), zone), RAW);
    }

    @Test
    void binPercentilesAreHandComputedClosestRankInterpolations() {
        TimeSeries readings = TestSeries.at(BERLIN, "2025-06-01T00:05", 140, "2025-06-02T00:05", 100,
                "2025-06-03T00:05", 130, "2025-06-04T00:05", 110, "2025-06-05T00:10", 120);

        AmbulatoryGlucoseProfile agp = AgpCalculator.compute(readings,
                AgpWindow.endingOn(LocalDate.of(2025, 6, 5), 5, BERLIN), RAW);

        AgpPercentiles midnight = agp.percentiles().get(0);
        assertThat(agp.percentiles()).hasSize(96);
        assertThat(midnight.start()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(midnight.readings()).isEqualTo(5);
        assertThat(midnight.p5()).isCloseTo(102, within(1e-9));
        assertThat(midnight.p25()).isEqualTo(110);
        assertThat(midnight.p50()).isEqualTo(120);
        assertThat(midnight.p75()).isEqualTo(130);
        assertThat(midnight.p95()).isCloseTo(138, within(1e-9));
        assertThat(agp.percentiles().get(1).p50()).isNaN();
        assertThat(agp.percentiles().get(95).start()).isEqualTo(LocalTime.of(23, 45));
    }

    @Test
    void smoothingAveragesNeighboursCircularlyAndKeepsEmptyBinsEmpty() {
        double[] smoothed = AgpCalculator.smoothCircular(new double[] {10, 20, Double.NaN, 40});

        assertThat(smoothed[0]).isCloseTo((2 * 10 + 20 + 40) / 4.0, within(1e-12));
        assertThat(smoothed[1]).isCloseTo((2 * 20 + 10) / 3.0, within(1e-12));
        assertThat(smoothed[2]).isNaN();
        assertThat(smoothed[3]).isCloseTo((2 * 40 + 10) / 3.0, within(1e-12));
    }

    @Test
    void smoothedCurvesStayOrdered() {
        TimeSeries readings = TestSeries.every(BERLIN, "2025-06-01T00:00", Duration.ofMinutes(5), 14 * 288,
                i -> 80 + (i * 37 % 150));

        AmbulatoryGlucoseProfile agp = AgpCalculator.compute(readings,
                AgpWindow.endingOn(LocalDate.of(2025, 6, 14), 14, BERLIN), AgpOptions.defaults());

        assertThat(agp.percentiles()).allSatisfy(bin -> {
            assertThat(bin.p5()).isLessThanOrEqualTo(bin.p25());
            assertThat(bin.p25()).isLessThanOrEqualTo(bin.p50());
            assertThat(bin.p50()).isLessThanOrEqualTo(bin.p75());
            assertThat(bin.p75()).isLessThanOrEqualTo(bin.p95());
        });
        assertThat(agp.metrics().activePercent()).isEqualTo(100);
    }

    @Test
    void metricsOfHalfADayOfReadings() {
        TimeSeries readings = TestSeries.every(BERLIN, "2025-06-01T00:00", Duration.ofMinutes(5), 144,
                i -> i % 2 == 0 ? 100 : 200);

        GlucoseMetrics metrics = oneDay(readings, BERLIN, "2025-06-01").metrics();

        assertThat(metrics.readings()).isEqualTo(144);
        assertThat(metrics.mean()).isEqualTo(150);
        assertThat(metrics.gmiPercent()).isCloseTo(6.898, within(1e-9));
        assertThat(metrics.standardDeviation()).isCloseTo(Math.sqrt(144 * 2500.0 / 143), within(1e-9));
        assertThat(metrics.coefficientOfVariationPercent()).isCloseTo(33.4497, within(1e-4));
        assertThat(metrics.activePercent()).isCloseTo(50, within(1e-9));
        assertThat(metrics.timeInRanges().percent(GlucoseRange.IN_RANGE)).isEqualTo(50);
        assertThat(metrics.timeInRanges().percent(GlucoseRange.HIGH)).isEqualTo(50);
    }

    @Test
    void sensorWarmUpGapLowersActiveTimeAndLeavesBinsEmpty() {
        TimeSeries.Builder builder = new TimeSeries.Builder();
        TimeSeries fullDay = TestSeries.every(BERLIN, "2025-06-01T00:00", Duration.ofMinutes(5), 288, i -> 110);
        for (int i = 0; i < fullDay.size(); i++) {
            if (i < 96 || i >= 120) {
                builder.add(fullDay.epochMillis(i), fullDay.value(i));
            }
        }

        AmbulatoryGlucoseProfile agp = oneDay(builder.build(), BERLIN, "2025-06-01");

        assertThat(agp.metrics().activePercent()).isCloseTo(100.0 * 264 / 288, within(1e-9));
        assertThat(agp.percentiles().get(32).readings()).isZero();
        assertThat(agp.percentiles().get(32).p50()).isNaN();
        assertThat(agp.dailyProfiles().get(0).readings().size()).isEqualTo(264);
    }

    @Test
    void fallBackDayHasTwentyFiveHoursOfExpectedReadingsAndADoubledHour() {
        TimeSeries readings = TestSeries.every(NEW_YORK, "2025-11-02T00:00", Duration.ofMinutes(5), 300, i -> 120);

        AmbulatoryGlucoseProfile agp = oneDay(readings, NEW_YORK, "2025-11-02");

        assertThat(agp.metrics().activePercent()).isEqualTo(100);
        assertThat(agp.percentiles().get(4).readings()).isEqualTo(6);
        assertThat(agp.percentiles().get(8).readings()).isEqualTo(3);
        assertThat(agp.dailyProfiles()).singleElement().satisfies(p -> assertThat(p.readings().size()).isEqualTo(300));
    }

    @Test
    void springForwardDayExpectsTwentyThreeHoursAndHasNoReadingsAtTwo() {
        TimeSeries readings = TestSeries.every(BERLIN, "2025-03-30T00:00", Duration.ofMinutes(5), 276, i -> 120);

        AmbulatoryGlucoseProfile agp = oneDay(readings, BERLIN, "2025-03-30");

        assertThat(agp.metrics().activePercent()).isEqualTo(100);
        assertThat(agp.percentiles().get(8).readings()).isZero();
        assertThat(agp.percentiles().get(12).readings()).isEqualTo(3);
    }

    @Test
    void readingsOutsideTheWindowAreIgnoredAndDuplicatesInOneIntervalCountOnce() {
        TimeSeries readings = TestSeries.at(BERLIN, "2025-05-31T23:59", 400, "2025-06-01T08:00", 100,
                "2025-06-01T08:01", 102, "2025-06-02T00:00", 400);

        GlucoseMetrics metrics = oneDay(readings, BERLIN, "2025-06-01").metrics();

        assertThat(metrics.readings()).isEqualTo(2);
        assertThat(metrics.mean()).isEqualTo(101);
        assertThat(metrics.activePercent()).isCloseTo(100.0 / 288, within(1e-9));
    }

    @Test
    void oneReadingHasAMeanButNoVariability() {
        GlucoseMetrics metrics = oneDay(TestSeries.at(BERLIN, "2025-06-01T12:00", 90), BERLIN, "2025-06-01")
                .metrics();

        assertThat(metrics.mean()).isEqualTo(90);
        assertThat(metrics.standardDeviation()).isNaN();
        assertThat(metrics.coefficientOfVariationPercent()).isNaN();
    }

    @Test
    void emptyInputGivesEmptyDaysAndUndefinedMetrics() {
        AmbulatoryGlucoseProfile agp = AgpCalculator.compute(TimeSeries.empty(),
                AgpWindow.endingOn(LocalDate.of(2025, 6, 14), AgpWindow.DEFAULT_DAYS, BERLIN), AgpOptions.defaults());

        assertThat(agp.metrics().readings()).isZero();
        assertThat(agp.metrics().mean()).isNaN();
        assertThat(agp.metrics().gmiPercent()).isNaN();
        assertThat(agp.metrics().activePercent()).isZero();
        assertThat(agp.percentiles()).allSatisfy(bin -> assertThat(bin.p50()).isNaN());
        List<DailyGlucoseProfile> days = agp.dailyProfiles();
        assertThat(days).hasSize(14).allSatisfy(day -> assertThat(day.readings().isEmpty()).isTrue());
        assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2025, 6, 1));
    }
}
