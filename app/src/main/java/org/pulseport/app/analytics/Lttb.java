package org.pulseport.app.analytics;

import org.pulseport.core.model.TimeSeries;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013) for charts: keeps the first and last
 * point, splits the rest into {@code threshold − 2} buckets of equal point count and keeps from each bucket
 * the point forming the largest triangle with the point kept before it and the average of the next bucket.
 * Spikes survive because they form large triangles; flat stretches collapse. Output points are a subset of
 * the input, in time order.
 */
public final class Lttb {

    private Lttb() {
    }

    /**
     * Reduces {@code series} to at most {@code threshold} points; a series already that small, or a threshold
     * below 3, returns the series unchanged.
     */
    public static TimeSeries downsample(TimeSeries series, int threshold) {
        int size = series.size();
        if (threshold < 3 || size <= threshold) {
            return series;
        }
        TimeSeries.Builder out = new TimeSeries.Builder();
        double bucketSize = (double) (size - 2) / (threshold - 2);
        int kept = 0;
        out.add(series.epochMillis(0), series.value(0));
        for (int bucket = 0; bucket < threshold - 2; bucket++) {
            int from = (int) Math.floor(bucket * bucketSize) + 1;
            int to = (int) Math.floor((bucket + 1) * bucketSize) + 1;
            int nextFrom = to;
            int nextTo = Math.min((int) Math.floor((bucket + 2) * bucketSize) + 1, size);
            double nextX = 0;
            double nextY = 0;
            for (int i = nextFrom; i < nextTo; i++) {
                nextX += series.epochMillis(i);
                nextY += series.value(i);
            }
            int nextCount = nextTo - nextFrom;
            nextX /= nextCount;
            nextY /= nextCount;
            int chosen = largestTriangle(series, kept, from, to, nextX, nextY);
            out.add(series.epochMillis(chosen), series.value(chosen));
            kept = chosen;
        }
        out.add(series.epochMillis(size - 1), series.value(size - 1));
        return out.build();
    }

    private static int largestTriangle(TimeSeries series, int anchor, int from, int to, double nextX,
                                       double nextY) {
        double anchorX = series.epochMillis(anchor);
        double anchorY = series.value(anchor);
        double largestArea = -1;
        int chosen = from;
        for (int i = from; i < to; i++) {
            double area = Math.abs((anchorX - nextX) * (series.value(i) - anchorY)
                    - (anchorX - series.epochMillis(i)) * (nextY - anchorY));
            if (area > largestArea) {
                largestArea = area;
                chosen = i;
            }
        }
        return chosen;
    }
}
