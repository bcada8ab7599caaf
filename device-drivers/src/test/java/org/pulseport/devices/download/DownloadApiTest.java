package org.pulseport.devices.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.devices.transport.TransportError;

class DownloadApiTest {

    private static final ZonedDateTime COMPUTER = ZonedDateTime.of(2025, 5, 1, 9, 0, 0, 0, ZoneId.of("UTC"));

    @Test
    void warnsOnlyBeyondFifteenMinutesOfClockOffset() {
        ClockOffset small = new ClockOffset(LocalDateTime.of(2025, 5, 1, 9, 15), COMPUTER);
        assertThat(small.offset()).isEqualTo(Duration.ofMinutes(15));
        assertThat(small.warning()).isEmpty();
        ClockOffset behind = new ClockOffset(LocalDateTime.of(2025, 5, 1, 8, 44), COMPUTER);
        assertThat(behind.exceedsWarningThreshold()).isTrue();
        assertThat(behind.warning()).get().asString().contains("16 minutes behind");
    }

    @Test
    void aRequestWantsOnlyReadingsAfterItsSinceInstant() {
        DownloadRequest all = DownloadRequest.everything(new SourceRef(1, 2));
        Instant since = Instant.parse("2025-01-01T00:00:00Z");
        assertThat(all.wants(since)).isTrue();
        assertThat(all.since(since).wants(since)).isFalse();
        assertThat(all.since(since).wants(since.plusMillis(1))).isTrue();
        assertThat(all.replyTimeout()).isEqualTo(DownloadRequest.DEFAULT_REPLY_TIMEOUT);
    }

    @Test
    void lazySamplesPullBatchesOnlyAsTheStreamIsConsumed() {
        Deque<List<Sample>> batches = new ArrayDeque<>(List.of(List.of(sample(1), sample(2)), List.of(), List.of(sample(3))));
        int[] pulled = {0};
        AtomicBoolean closed = new AtomicBoolean();
        LazySamples.BatchSource source = new LazySamples.BatchSource() {
            public boolean hasMore() { return !batches.isEmpty(); }
            public List<Sample> nextBatch() { pulled[0]++; return batches.poll(); }
        };
        try (Stream<Sample> stream = LazySamples.stream(source, new CancellationToken(), () -> closed.set(true))) {
            assertThat(stream.limit(1).collect(Collectors.toList())).hasSize(1);
            assertThat(pulled[0]).isEqualTo(1);
        }
        assertThat(closed).isTrue();
        assertThat(batches).hasSize(2);
    }

    @Test
    void deviceFailuresSurfaceClassifiedFromTheStream() {
        LazySamples.BatchSource failing = new LazySamples.BatchSource() {
            public boolean hasMore() { return true; }
            public List<Sample> nextBatch() throws DeviceException {
                throw DeviceException.of("receiver", ProtocolException.corrupt("bad page", 28));
            }
        };
        assertThatThrownBy(() -> LazySamples.stream(failing, new CancellationToken(), () -> { }).count())
                .isInstanceOfSatisfying(PulseportException.class, e -> {
                    assertThat(e.error()).isInstanceOf(PulseportError.ProviderError.class);
                    assertThat(e.error().detail()).contains("bad page (at offset 28)");
                });
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThatThrownBy(() -> LazySamples.stream(failing, token, () -> { }).count())
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void classifiesDeviceErrorsForPeopleAndForTheEngine() {
        DeviceError refused = DeviceException.of("reader", new ProtocolException(ProtocolException.Kind.REJECTED,
                "CMD Fail!", -1)).error();
        assertThat(refused).isInstanceOf(DeviceError.Rejected.class);
        assertThat(refused.userMessage()).contains("refused");
        assertThat(refused.toPulseportError().retryable()).isTrue();
        DeviceError link = new DeviceError.Link(new TransportError.Disconnected("/dev/ttyACM0"));
        assertThat(link.userMessage()).contains("disconnected");
        assertThat(link.toPulseportError()).isInstanceOf(PulseportError.NetworkError.class);
        DeviceError protocol = new DeviceError.Protocol("receiver", "garbage");
        assertThat(protocol.detail()).isEqualTo("receiver: garbage");
        assertThat(protocol.userMessage()).contains("could not read");
    }

    @Test
    void countsSkippedRecordsByReason() {
        SkipCounter skips = new SkipCounter();
        skips.skip("sensor not active");
        skips.skip("sensor not active");
        skips.damaged("EGV record 5", "CRC mismatch");
        assertThat(skips.snapshot()).containsEntry("sensor not active", 2L).containsEntry("damaged record", 1L);
    }

    private static Sample sample(int minute) {
        return Sample.of(1, 2, MetricType.GLUCOSE, Instant.EPOCH.plusSeconds(minute * 60L), java.time.ZoneOffset.UTC, 100);
    }
}
