package org.pulseport.core.activity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The per-sample recording of an activity in column form: one array of UTC epoch seconds and one
 * {@code double[]} per recorded {@link Channel}, all of the same length, {@code NaN} where a sample lacks that
 * channel. Channels never recorded are absent. Columns of primitives keep a six-hour 1 Hz ride below 2 MB.
 * Immutable: arrays are copied in and out.
 */
public final class RecordStreams {

    private final long[] epochSeconds;
    private final Map<Channel, double[]> channels;

    private RecordStreams(long[] epochSeconds, Map<Channel, double[]> channels) {
        this.epochSeconds = epochSeconds;
        this.channels = channels;
    }

    public static RecordStreams empty() {
        return new RecordStreams(new long[0], new EnumMap<>(Channel.class));
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return epochSeconds.length;
    }

    public Instant time(int index) {
        return Instant.ofEpochSecond(epochSeconds[index]);
    }

    public long[] epochSeconds() {
        return epochSeconds.clone();
    }

    public Set<Channel> channels() {
        return channels.isEmpty() ? Set.of() : Set.copyOf(channels.keySet());
    }

    /** The channel's value at {@code index}, empty when the channel or that sample's value is missing. */
    public OptionalDouble value(Channel channel, int index) {
        double[] column = channels.get(channel);
        if (column == null || Double.isNaN(column[index])) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(column[index]);
    }

    /** A copy of the channel's column, all {@code NaN} when the channel was never recorded. */
    public double[] column(Channel channel) {
        double[] column = channels.get(channel);
        if (column == null) {
            double[] missing = new double[epochSeconds.length];
            Arrays.fill(missing, Double.NaN);
            return missing;
        }
        return column.clone();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RecordStreams)) {
            return false;
        }
        RecordStreams that = (RecordStreams) other;
        if (!Arrays.equals(epochSeconds, that.epochSeconds) || !channels.keySet().equals(that.channels.keySet())) {
            return false;
        }
        return channels.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), that.channels.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int hash = Arrays.hashCode(epochSeconds);
        for (Map.Entry<Channel, double[]> entry : channels.entrySet()) {
            hash = 31 * hash + (entry.getKey().ordinal() ^ Arrays.hashCode(entry.getValue()));
        }
        return hash;
    }

    @Override
    public String toString() {
        return "RecordStreams[" + epochSeconds.length + " samples, channels=" + channels.keySet() + "]";
    }

    /** Appends samples row by row; a channel first set on a later row is back-filled with {@code NaN}. */
    public static final class Builder {
        private long[] times = new long[256];
        private final EnumMap<Channel, double[]> columns = new EnumMap<>(Channel.class);
        private int size;

        private Builder() {
        }

        /** Starts a new sample at the given UTC epoch second. */
        public Builder add(long epochSecond) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                columns.replaceAll((channel, column) -> grow(column, size * 2));
            }
            times[size] = epochSecond;
            columns.values().forEach(column -> column[size] = Double.NaN);
            size++;
            return this;
        }

        /** Sets a channel of the sample last added; {@code NaN} leaves it missing, {@code -0.0} is stored as 0. */
        public Builder set(Channel channel, double value) {
            if (size == 0) {
                throw new IllegalStateException("add a sample before setting its values");
            }
            double[] column = columns.computeIfAbsent(channel, c -> {
                double[] fresh = new double[times.length];
                Arrays.fill(fresh, Double.NaN);
                return fresh;
            });
            column[size - 1] = value + 0.0;
            return this;
        }

        public RecordStreams build() {
            EnumMap<Channel, double[]> trimmed = new EnumMap<>(Channel.class);
            columns.forEach((channel, column) -> trimmed.put(channel, Arrays.copyOf(column, size)));
            return new RecordStreams(Arrays.copyOf(times, size), trimmed);
        }

        private static double[] grow(double[] column, int length) {
            double[] grown = Arrays.copyOf(column, length);
            Arrays.fill(grown, column.length, length, Double.NaN);
            return grown;
        }
    }
}
