package org.pulseport.app.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

/**
 * What an activity adds to the metric samples (ADR 0005): the one-minute means of heart rate, power, cadence and
 * speed, stamped at the start of each minute, so trends and daily statistics see the effort without the store
 * holding every second twice (the full resolution stays in the activity's streams). Distance, altitude and
 * position are activity-only.
 */
final class ActivitySamples {

    static final long BUCKET_SECONDS = 60;

    private static final Map<Channel, MetricType> METRICS = Map.of(
            Channel.HEART_RATE, MetricType.HEART_RATE,
            Channel.POWER, MetricType.POWER,
            Channel.CADENCE, MetricType.CADENCE,
            Channel.SPEED, MetricType.SPEED);

    private ActivitySamples() {
    }

    static List<Sample> of(long profileId, long sourceId, ZoneOffset offset, RecordStreams records) {
        List<Sample> samples = new ArrayList<>();
        long[] times = records.epochSeconds();
        for (Channel channel : Channel.values()) {
            MetricType metric = METRICS.get(channel);
            if (metric != null && records.channels().contains(channel)) {
                double[] values = records.column(channel);
                minuteMeans(times, values, (minute, mean) -> samples.add(
                        Sample.of(profileId, sourceId, metric, Instant.ofEpochSecond(minute), offset, mean)));
            }
        }
        return samples;
    }

    @FunctionalInterface
    private interface MeanSink {
        void accept(long minuteStart, double mean);
    }

    private static void minuteMeans(long[] times, double[] values, MeanSink sink) {
        long bucket = Long.MIN_VALUE;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < times.length; i++) {
            long start = Math.floorDiv(times[i], BUCKET_SECONDS) * BUCKET_SECONDS;
            if (start != bucket) {
                if (count > 0) {
                    sink.accept(bucket, sum / count);
                }
                bucket = start;
                sum = 0;
                count = 0;
            }
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                count++;
            }
        }
        if (count > 0) {
            sink.accept(bucket, sum / count);
        }
    }
}
