package org.pulseport.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pulseport.app.analytics.AgpCalculator;
import org.pulseport.app.analytics.AgpOptions;
import org.pulseport.app.analytics.AgpWindow;
import org.pulseport.app.analytics.DailySummaries;
import org.pulseport.app.analytics.DaySlices;
import org.pulseport.app.analytics.TimeSeriesRanges;
import org.pulseport.core.model.TimeSeries;

/**
 * Analytics costs at clinic scale: daily statistics and rolling averages for one year of 20 metrics of 100
 * profiles, computed in full and incrementally after one new day; and an AGP over 90 days of 5-minute CGM data.
 *
 * <p>Per profile, 8 metrics are continuous (one reading every 5 minutes, 105 120 a year) and 12 are daily
 * (one value a day): about 842 000 readings per profile, 84 million per full run. To keep memory small the
 * same 20 generated series serve every profile; the work per profile is identical either way.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AnalyticsBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int PROFILES = 100;
    private static final int CONTINUOUS_METRICS = 8;
    private static final int DAILY_METRICS = 12;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 365;
    private static final LocalDate NEW_DAY = FIRST_DAY.plusDays(DAYS - 1L);

    private TimeSeries[] yearOfReadings;
    private DailySummaries[] summariesBeforeNewDay;
    private TimeSeries[] newDayReadings;
    private TimeSeries ninetyDaysOfCgm;
    private AgpWindow ninetyDays;

    @Setup
    public void generate() {
        Random random = new Random(2025);
        int metrics = CONTINUOUS_METRICS + DAILY_METRICS;
        yearOfReadings = new TimeSeries[metrics];
        summariesBeforeNewDay = new DailySummaries[metrics];
        newDayReadings = new TimeSeries[metrics];
        long newDayStart = DaySlices.startOfDay(NEW_DAY, ZONE);
        for (int m = 0; m < metrics; m++) {
            Duration step = m < CONTINUOUS_METRICS ? Duration.ofMinutes(5) : Duration.ofDays(1);
            yearOfReadings[m] = series(random, step, DAYS);
            TimeSeries beforeNewDay = TimeSeriesRanges.between(yearOfReadings[m], Long.MIN_VALUE, newDayStart);
            summariesBeforeNewDay[m] = DailySummaries.compute(beforeNewDay, ZONE);
            newDayReadings[m] = TimeSeriesRanges.between(yearOfReadings[m], newDayStart, Long.MAX_VALUE);
        }
        ninetyDaysOfCgm = series(random, Duration.ofMinutes(5), 90);
        ninetyDays = AgpWindow.endingOn(FIRST_DAY.plusDays(89), 90, ZONE);
    }

    private static TimeSeries series(Random random, Duration step, int days) {
        long start = DaySlices.startOfDay(FIRST_DAY, ZONE);
        long end = DaySlices.startOfDay(FIRST_DAY.plusDays(days), ZONE);
        TimeSeries.Builder builder = new TimeSeries.Builder();
        for (long t = start; t < end; t += step.toMillis()) {
            builder.add(t, 140 + 50 * Math.sin(t / 3.6e6) + random.nextGaussian() * 20);
        }
        return builder.build();
    }

    /** Every profile's every metric recomputed from a year of readings. */
    @Benchmark
    public void dailyStatsFullYear(Blackhole blackhole) {
        for (int profile = 0; profile < PROFILES; profile++) {
            for (TimeSeries readings : yearOfReadings) {
                blackhole.consume(DailySummaries.compute(readings, ZONE));
            }
        }
    }

    /** Every profile's every metric updated with one new day (its stats and 30 rolling averages). */
    @Benchmark
    public void dailyStatsIncrementalOneDay(Blackhole blackhole) {
        Set<LocalDate> touched = Set.of(NEW_DAY);
        for (int profile = 0; profile < PROFILES; profile++) {
            for (int m = 0; m < yearOfReadings.length; m++) {
                blackhole.consume(summariesBeforeNewDay[m].update(touched, newDayReadings[m], ZONE));
            }
        }
    }

    /** One AGP (metrics, 96 percentile bins, 90 daily profiles) over 90 days of 5-minute readings. */
    @Benchmark
    public Object agpNinetyDays() {
        return AgpCalculator.compute(ninetyDaysOfCgm, ninetyDays, AgpOptions.defaults());
    }
}
