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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pulseport.core.connector.SourceRef;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SampleQuality;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.dexcom.DexcomSession;
import org.pulseport.devices.dexcom.EgvLayout;
import org.pulseport.devices.dexcom.MeterCalibration;
import org.pulseport.devices.download.CancellationToken;
import org.pulseport.devices.download.DeviceError;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.transport.SerialTransport;
import org.pulseport.devices.transport.TransportError;

/**
 * The real jSerialComm-based driver against the simulated receiver on a pseudo-terminal created in the test.
 */
class DexcomEndToEndTest {

    private static final SourceRef SOURCE = new SourceRef(7, 11);
    private static final Instant NOW = Instant.parse("2025-03-01T12:02:30Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private DexcomSimulatorServer server;

    @AfterEach
    void stopSimulator() {
        if (server != null) {
            server.close();
        }
    }

    private static SimulatedDevice receiver(int days) {
        return SimulatedDevice.dexcomReceiver().withDays(days).withClock(CLOCK, ZONE).withSerialNumber("SM12345678");
    }

    private static DexcomSimulatorConfig config(int days) {
        return DexcomSimulatorConfig.of(receiver(days));
    }

    private DownloadRequest request() {
        return DownloadRequest.everything(SOURCE).withComputerClock(CLOCK, ZONE)
                .withReplyTimeout(Duration.ofMillis(500));
    }

    private DexcomSession open(DownloadRequest request) throws DeviceException {
        return new DexcomDownloader().open(new SerialTransport(server.portPath(), DexcomDownloader.BAUD_RATE), request);
    }

    @Test
    void downloadsEveryReadingOfA90DayReceiver() throws Exception {
        server = DexcomSimulatorServer.startOnNewPty(config(90));
        AtomicLong lastProgress = new AtomicLong();
        List<Sample> samples;
        try (DexcomSession session = open(request().withProgress((read, total) -> lastProgress.set(read)))) {
            assertThat(session.device().serialNumber()).isEqualTo("SM12345678");
            assertThat(session.device().model()).isEqualTo("Dexcom G4 Receiver");
            assertThat(session.clockOffset().exceedsWarningThreshold()).isFalse();
            try (Stream<Sample> stream = session.samples()) {
                samples = stream.collect(Collectors.toList());
            }
            assertThat(session.skipped()).containsKeys("sensor not active", "sensor not calibrated");
        }
        List<Instant> expected = server.simulator().readingTimes();
        assertThat(expected.size()).isGreaterThan(90 * 250);
        assertThat(samples).extracting(Sample::recordedAt).containsExactlyElementsOf(expected);
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.metric()).isEqualTo(MetricType.GLUCOSE);
            assertThat(s.profileId()).isEqualTo(7);
            assertThat(s.sourceId()).isEqualTo(11);
            assertThat(s.value()).isBetween(40.0, 400.0);
            assertThat(s.utcOffset()).isEqualTo(ZONE.getRules().getOffset(s.recordedAt()));
        });
        assertThat(samples).extracting(s -> s.quality().orElseThrow()).contains(SampleQuality.OK);
        assertThat(lastProgress.get()).isGreaterThan(expected.size());
    }

    @Test
    void correctsAReceiverClockThatIsFortyMinutesFast() throws Exception {
        server = DexcomSimulatorServer.startOnNewPty(DexcomSimulatorConfig.of(receiver(2)
                .withClockOffset(Duration.ofMinutes(40))).withModel(EgvLayout.G6));
        try (DexcomSession session = open(request())) {
            assertThat(session.clockOffset().offset()).isEqualTo(Duration.ofMinutes(40));
            assertThat(session.clockOffset().warning()).get().asString().contains("40 minutes ahead");
            List<Sample> samples = session.samples().collect(Collectors.toList());
            assertThat(samples).extracting(Sample::recordedAt)
                    .containsExactlyElementsOf(server.simulator().readingTimes());
            assertThat(samples).extracting(Sample::utcOffset).containsOnly(ZoneOffset.ofHours(1));
            List<MeterCalibration> calibrations = session.meterCalibrations();
            assertThat(calibrations).hasSize(4);
            assertThat(calibrations).allSatisfy(c -> assertThat(c.recordedAt()).isIn(server.simulator().readingTimes()));
        }
    }

    @Test
    void redownloadSinceTheLastReadingGetsOnlyNewReadings() throws Exception {
        server = DexcomSimulatorServer.startOnNewPty(config(90));
        Instant last;
        try (DexcomSession session = open(request())) {
            last = session.samples().reduce((a, b) -> b).orElseThrow().recordedAt();
        }
        server.simulator().appendReadings(30);
        List<Instant> all = server.simulator().readingTimes();
        List<Instant> expectedNew = all.stream().filter(t -> t.isAfter(last)).collect(Collectors.toList());
        try (DexcomSession session = open(request().since(last))) {
            List<Sample> fresh = session.samples().collect(Collectors.toList());
            assertThat(fresh).extracting(Sample::recordedAt).containsExactlyElementsOf(expectedNew);
            assertThat(expectedNew).hasSizeBetween(20, 30);
            assertThat(session.requestCount()).isLessThan(20);
        }
    }

    @Test
    void recoversFromDamagedAndMissingReplies() throws Exception {
        server = DexcomSimulatorServer.startOnNewPty(DexcomSimulatorConfig.of(receiver(5)
                .withFaults(SimulatorFaults.none().corruptingEveryNthReply(7).silentOnRequest(9))));
        try (DexcomSession session = open(request())) {
            assertThat(session.samples().count()).isEqualTo(server.simulator().readingTimes().size());
        }
    }

    @Test
    void unplugMidTransferGivesAClassifiedDisconnect() throws Exception {
        server = DexcomSimulatorServer.startOnNewPty(DexcomSimulatorConfig.of(receiver(90)
                .withFaults(SimulatorFaults.none().unplugAfterBytes(60_000))));
        try (DexcomSession session = open(request())) {
            assertThatThrownBy(() -> session.samples().count())
                    .isInstanceOfSatisfying(PulseportException.class, e -> {
                        assertThat(e.error()).isInstanceOf(PulseportError.NetworkError.class);
                        assertThat(e.getCause()).isInstanceOfSatisfying(DeviceException.class, cause ->
                                assertThat(((DeviceError.Link) cause.error()).cause())
                                        .isInstanceOf(TransportError.Disconnected.class));
                    });
        }
    }

    @Test
    void downloadsAG5ReceiverUntilCancelled() throws Exception {
        server = DexcomSimulatorServer.startOnNewPty(DexcomSimulatorConfig.of(receiver(10)).withModel(EgvLayout.G5));
        CancellationToken token = new CancellationToken();
        AtomicLong read = new AtomicLong();
        DownloadRequest request = request().withCancellation(token).withProgress((records, total) -> {
            read.set(records);
            if (records > 500) {
                token.cancel();
            }
        });
        try (DexcomSession session = open(request)) {
            assertThat(session.device().model()).isEqualTo("Dexcom G5 Mobile Receiver");
            assertThatThrownBy(() -> session.samples().count()).isInstanceOf(CancellationException.class);
        }
        assertThat(read.get()).isBetween(501L, 1000L);
    }

    @Test
    void aPortThatNeverAnswersGivesAClassifiedTimeout() {
        try (Pty silent = Pty.open()) {
            assertThatThrownBy(() -> new DexcomDownloader().open(
                    new SerialTransport(silent.slavePath(), DexcomDownloader.BAUD_RATE),
                    request().withReplyTimeout(Duration.ofMillis(100))))
                    .isInstanceOfSatisfying(DeviceException.class, e -> {
                        assertThat(((DeviceError.Link) e.error()).cause()).isInstanceOf(TransportError.Timeout.class);
                        assertThat(e.error().userMessage()).contains("stopped answering");
                    });
        }
    }
}
