package org.pulseport.app.ui;

import org.pulseport.app.analytics.Lttb;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.TimeSeries;

/**
 * Turns a recorded channel into chart points: the samples that have a value, in the unit shown (speed in km/h),
 * reduced with {@link Lttb} to at most {@value #MAX_POINTS} points so a six-hour ride draws as fast as a short one.
 */
public final class ActivityCharts {

    public static final int MAX_POINTS = 800;
    private static final double KMH_PER_MPS = 3.6;

    private ActivityCharts() {
    }

    public static TimeSeries series(RecordStreams records, Channel channel) {
        if (!records.channels().contains(channel)) {
            return TimeSeries.empty();
        }
        long[] seconds = records.epochSeconds();
        double[] values = records.column(channel);
        double factor = channel == Channel.SPEED ? KMH_PER_MPS : 1;
        TimeSeries.Builder points = new TimeSeries.Builder();
        for (int i = 0; i < seconds.length; i++) {
            if (!Double.isNaN(values[i])) {
                points.add(seconds[i] * 1000, values[i] * factor);
            }
        }
        TimeSeries reduced = Lttb.downsample(points.build(), MAX_POINTS);
        return reduced;
    }

    /** The label of a channel's value axis. */
    public static String label(Channel channel) {
        switch (channel) {
            case HEART_RATE: return "Heart rate (bpm)";
            case POWER: return "Power (W)";
            case CADENCE: return "Cadence (rpm)";
            case SPEED: return "Speed (km/h)";
            default: throw new IllegalArgumentException("no chart for " + channel);
        }
    }
}
