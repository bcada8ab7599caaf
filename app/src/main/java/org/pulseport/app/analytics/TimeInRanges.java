package org.pulseport.app.analytics;

import java.util.EnumMap;
import java.util.Map;

/**
 * Percentage of readings in each {@link GlucoseRange}; each reading stands for one sensor interval, so the
 * share of readings is the share of time with CGM data. The five percentages add up to 100 (or are all 0
 * without readings).
 */
public final class TimeInRanges {

    private final Map<GlucoseRange, Double> percent;
    private final int readings;

    private TimeInRanges(Map<GlucoseRange, Double> percent, int readings) {
        this.percent = percent;
        this.readings = readings;
    }

    /** Classifies mg/dL readings. */
    public static TimeInRanges of(double[] mgDl) {
        int[] counts = new int[GlucoseRange.values().length];
        for (double value : mgDl) {
            counts[GlucoseRange.of(value).ordinal()]++;
        }
        Map<GlucoseRange, Double> percent = new EnumMap<>(GlucoseRange.class);
        for (GlucoseRange range : GlucoseRange.values()) {
            percent.put(range, mgDl.length == 0 ? 0.0 : 100.0 * counts[range.ordinal()] / mgDl.length);
        }
        return new TimeInRanges(percent, mgDl.length);
    }

    /** Percentage of readings in a range, 0–100. */
    public double percent(GlucoseRange range) {
        return percent.get(range);
    }

    /** Time below range: very low plus low. */
    public double belowRangePercent() {
        return percent(GlucoseRange.VERY_LOW) + percent(GlucoseRange.LOW);
    }

    /** Time above range: high plus very high. */
    public double aboveRangePercent() {
        return percent(GlucoseRange.HIGH) + percent(GlucoseRange.VERY_HIGH);
    }

    /** Number of readings classified. */
    public int readings() {
        return readings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeInRanges other && readings == other.readings && percent.equals(other.percent);
    }

    @Override
    public int hashCode() {
        return 31 * percent.hashCode() + readings;
    }

    @Override
    public String toString() {
        return "TimeInRanges" + percent;
    }
}
