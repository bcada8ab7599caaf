package org.pulseport.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordStreamsTest {

    @Test
    void channelsFirstSetLaterAreMissingForEarlierSamples() {
        RecordStreams.Builder builder = RecordStreams.builder();
        for (int i = 0; i < 1000; i++) {
            builder.add(1_700_000_000L + i).set(Channel.HEART_RATE, 100 + i % 50);
            if (i >= 600) {
                builder.set(Channel.POWER, i);
            }
        }

        RecordStreams streams = builder.build();

        assertThat(streams.size()).isEqualTo(1000);
        assertThat(streams.channels()).containsExactlyInAnyOrder(Channel.HEART_RATE, Channel.POWER);
        assertThat(streams.time(999)).isEqualTo(Instant.ofEpochSecond(1_700_000_999L));
        assertThat(streams.value(Channel.POWER, 599)).isEmpty();
        assertThat(streams.value(Channel.POWER, 600)).hasValue(600);
        assertThat(streams.value(Channel.CADENCE, 0)).isEmpty();
        assertThat(streams.column(Channel.CADENCE)).hasSize(1000).containsOnly(Double.NaN);
    }

    @Test
    void columnsAreCopiesAndNegativeZeroIsZero() {
        RecordStreams streams = RecordStreams.builder().add(1).set(Channel.ALTITUDE, -0.0).build();

        streams.column(Channel.ALTITUDE)[0] = 42;

        assertThat(streams).isEqualTo(RecordStreams.builder().add(1).set(Channel.ALTITUDE, 0.0).build());
        assertThat(streams.hashCode()).isEqualTo(RecordStreams.builder().add(1).set(Channel.ALTITUDE, 0.0).build().hashCode());
        assertThat(streams).isNotEqualTo(RecordStreams.builder().add(1).set(Channel.SPEED, 0.0).build());
    }

    @Test
    void valuesNeedASample() {
        assertThatThrownBy(() -> RecordStreams.builder().set(Channel.SPEED, 1)).isInstanceOf(IllegalStateException.class);
        assertThat(RecordStreams.empty().size()).isZero();
    }
}
