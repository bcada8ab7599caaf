package org.pulseport.app.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pulseport.core.model.TimeSeries;

/**
 * Computes an {@link AmbulatoryGlucoseProfile} from mg/dL readings. Readings outside the window are
 * ignored. Each reading goes to the time-of-day bin of its local wall-clock time (so on a fall-back day
 * the repeated hour lands twice in the same bins and the skipped spring-forward hour adds nothing); each
 * bin's 5/25/50/75/95th percentiles use linear interpolation between closest ranks ({@link Percentiles}),
 * then are optionally smoothed (see {@link AgpOptions}).
 */
public final class AgpCalculator {

    private static final int SECONDS_PER_DAY = 86_400;

    private AgpCalculator() {
    }

    public static AmbulatoryGlucoseProfile compute(TimeSeries mgDl, AgpWindow window, AgpOptions options) {
        TimeSeries readings = TimeSeriesRanges.between(mgDl, window.startMillis(), window.endMillis());
        GlucoseMetrics metrics = GlucoseMetrics.of(readings.valuesCopy(),
                activeIntervals(readings, window, options), expectedIntervals(window, options));
        return new AmbulatoryGlucoseProfile(window, options, metrics,
                percentilesByTimeOfDay(readings, window, options), dailyProfiles(readings, window));
    }

    private static long expectedIntervals(AgpWindow window, AgpOptions options) {
        long interval = options.sensorInterval().toMillis();
        return (window.endMillis() - window.startMillis() + interval - 1) / interval;
    }

    /** Distinct sensor intervals that hold at least one reading, so duplicate sources do not count twice. */
    private static long activeIntervals(TimeSeries readings, AgpWindow window, AgpOptions options) {
        long interval = options.sensorInterval().toMillis();
        long start = window.startMillis();
        long active = 0;
        long previousSlot = -1;
        for (int i = 0; i < readings.size(); i++) {
            long slot = (readings.epochMillis(i) - start) / interval;
            if (slot != previousSlot) {
                active++;
                previousSlot = slot;
            }
        }
        return active;
    }

    private static List<AgpPercentiles> percentilesByTimeOfDay(TimeSeries readings, AgpWindow window,
                                                              AgpOptions options) {
        int bins = options.binsPerDay();
        int[] binOf = new int[readings.size()];
        int[] counts = new int[bins];
        ZoneRules rules = window.zone().getRules();
        long binSeconds = options.binMinutes() * 60L;
        for (int i = 0; i < readings.size(); i++) {
            long millis = readings.epochMillis(i);
            long localSeconds = Math.floorDiv(millis, 1000L)
                    + rules.getOffset(Instant.ofEpochMilli(millis)).getTotalSeconds();
            binOf[i] = (int) (Math.floorMod(localSeconds, SECONDS_PER_DAY) / binSeconds);
            counts[binOf[i]]++;
        }
        double[][] values = new double[bins][];
        for (int bin = 0; bin < bins; bin++) {
            values[bin] = new double[counts[bin]];
        }
        int[] filled = new int[bins];
        for (int i = 0; i < readings.size(); i++) {
            values[binOf[i]][filled[binOf[i]]++] = readings.value(i);
        }
        double[][] curves = new double[AgpPercentiles.LEVELS.length][bins];
        for (int bin = 0; bin < bins; bin++) {
            Arrays.sort(values[bin]);
            for (int level = 0; level < AgpPercentiles.LEVELS.length; level++) {
                curves[level][bin] = Percentiles.ofSorted(values[bin], counts[bin], AgpPercentiles.LEVELS[level]);
            }
        }
        if (options.smoothed()) {
            for (int level = 0; level < curves.length; level++) {
                curves[level] = smoothCircular(curves[level]);
            }
        }
        List<AgpPercentiles> result = new ArrayList<>(bins);
        for (int bin = 0; bin < bins; bin++) {
            double[] atBin = new double[curves.length];
            for (int level = 0; level < curves.length; level++) {
                atBin[level] = curves[level][bin];
            }
            result.add(AgpPercentiles.of(LocalTime.ofSecondOfDay(bin * binSeconds), counts[bin], atBin));
        }
        return result;
    }

    /**
     * Weighted (1, 2, 1)/4 average of each bin with its neighbours, wrapping midnight; empty (NaN) bins stay
     * empty and are left out of their neighbours' averages (the weights are renormalised).
     */
    static double[] smoothCircular(double[] curve) {
        int n = curve.length;
        double[] smoothed = new double[n];
        for (int bin = 0; bin < n; bin++) {
            if (Double.isNaN(curve[bin]) || n < 3) {
                smoothed[bin] = curve[bin];
                continue;
            }
            double sum = 2 * curve[bin];
            double weight = 2;
            for (int neighbour : new int[] {Math.floorMod(bin - 1, n), (bin + 1) % n}) {
                if (!Double.isNaN(curve[neighbour])) {
                    sum += curve[neighbour];
                    weight += 1;
                }
            }
            smoothed[bin] = sum / weight;
        }
        return smoothed;
    }

    private static List<DailyGlucoseProfile> dailyProfiles(TimeSeries readings, AgpWindow window) {
        Map<LocalDate, TimeSeries> byDay = new HashMap<>();
        DaySlices.forEachDay(readings, window.zone(),
                (day, from, to) -> byDay.put(day, TimeSeriesRanges.copy(readings, from, to)));
        List<DailyGlucoseProfile> profiles = new ArrayList<>();
        for (LocalDate day : window.days()) {
            profiles.add(new DailyGlucoseProfile(day, byDay.getOrDefault(day, TimeSeries.empty())));
        }
        return profiles;
    }
}
