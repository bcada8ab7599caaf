package org.pulseport.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.Sample;
import org.pulseport.devices.download.CancellationToken;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.libre.LibreDownloader;
import org.pulseport.devices.libre.LibreSession;

/** The Libre driver against the simulated reader plugged into the transport abstraction. */
class LibreDownloadTest {

    private static final SourceRef SOURCE = new SourceRef(3, 5);
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-10T18:20:00Z"), ZoneOffset.UTC);

    private static SimulatedDevice config(int days) {
        return SimulatedDevice.libreReader().withDays(days).withClock(CLOCK, ZONE);
    }

    private static DownloadRequest request() {
        return DownloadRequest.everything(SOURCE).withComputerClock(CLOCK, ZONE);
    }

    @Test
    void downloadsHistoricReadingsAndScansOfA90DayReader() throws Exception {
        LibreReaderSimulator reader = new LibreReaderSimulator(config(90));
        try (LibreSession session = new LibreDownloader().open(reader, request())) {
            assertThat(session.device().serialNumber()).isEqualTo("JCMV241-T1234");
            assertThat(session.device().firmwareVersion()).isEqualTo("2.1.2");
            assertThat(session.clockOffset().offset()).isZero();
            List<Sample> samples = session.samples().collect(Collectors.toList());
            assertThat(samples).extracting(Sample::recordedAt).containsExactlyInAnyOrderElementsOf(reader.readingTimes());
            assertThat(samples).allSatisfy(s -> {
                assertThat(s.profileId()).isEqualTo(3);
                assertThat(s.utcOffset()).isEqualTo(ZONE.getRules().getOffset(s.recordedAt()));
            });
            assertThat(session.skipped()).containsKeys("sensor not ready", "blood glucose strip", "reader event");
        }
    }

    @Test
    void correctsAReaderClockThatIsTwentyMinutesSlow() throws Exception {
        LibreReaderSimulator reader = new LibreReaderSimulator(config(3).withClockOffset(Duration.ofMinutes(-20)));
        try (LibreSession session = new LibreDownloader().open(reader, request())) {
            assertThat(session.clockOffset().offset()).isEqualTo(Duration.ofMinutes(-20));
            assertThat(session.clockOffset().warning()).get().asString().contains("20 minutes behind");
            assertThat(session.samples().map(Sample::recordedAt).collect(Collectors.toList()))
                    .containsExactlyInAnyOrderElementsOf(reader.readingTimes());
        }
    }

    @Test
    void redownloadSinceAnInstantGetsOnlyNewerReadings() throws Exception {
        LibreReaderSimulator reader = new LibreReaderSimulator(config(10));
        Instant since = reader.readingTimes().get(reader.readingTimes().size() - 1);
        reader.appendReadings(8);
        List<Instant> expected = reader.readingTimes().stream().filter(t -> t.isAfter(since)).collect(Collectors.toList());
        try (LibreSession session = new LibreDownloader().open(reader, request().since(since))) {
            assertThat(session.samples().map(Sample::recordedAt).collect(Collectors.toList()))
                    .containsExactlyElementsOf(expected);
        }
        assertThat(expected).hasSize(8);
    }

    @Test
    void retriesARepliesWithABadChecksumAndAMissingReply() throws Exception {
        LibreReaderSimulator reader = new LibreReaderSimulator(config(5)
                .withFaults(SimulatorFaults.none().corruptingEveryNthReply(3).silentOnRequest(2)));
        try (LibreSession session = new LibreDownloader().open(reader, request())) {
            assertThat(session.samples().count()).isEqualTo(reader.readingTimes().size());
        }
    }

    @Test
    void unplugMidTransferGivesAClassifiedDisconnect() throws Exception {
        LibreReaderSimulator reader = new LibreReaderSimulator(config(30)
                .withFaults(SimulatorFaults.none().unplugAfterBytes(20_000)));
        try (LibreSession session = new LibreDownloader().open(reader, request())) {
            assertThatThrownBy(() -> session.samples().count()).isInstanceOfSatisfying(PulseportException.class,
                    e -> assertThat(e.error()).isInstanceOf(PulseportError.NetworkError.class));
        }
    }

    @Test
    void cancellingStopsTheStreamBeforeTheNextRequest() throws Exception {
        LibreReaderSimulator reader = new LibreReaderSimulator(config(5));
        CancellationToken token = new CancellationToken();
        try (LibreSession session = new LibreDownloader().open(reader, request().withCancellation(token)
                .withProgress((read, total) -> token.cancel()))) {
            assertThatThrownBy(() -> session.samples().count()).isInstanceOf(CancellationException.class);
        }
    }
}
