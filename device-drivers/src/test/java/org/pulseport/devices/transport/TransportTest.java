package org.pulseport.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.core.error.PulseportError;
import org.pulseport.devices.sim.Pty;

class TransportTest {

    @TempDir
    Path temp;

    @Test
    void classifiesOpenFailuresByErrnoAndNodeState() {
        Path missing = temp.resolve("ttyACM9");
        assertThat(OpenFailureClassifier.classify(missing, 0)).isInstanceOf(TransportError.NotFound.class);
        Path node = temp;
        assertThat(OpenFailureClassifier.classify(node, OpenFailureClassifier.EACCES))
                .isInstanceOfSatisfying(TransportError.PermissionDenied.class,
                        e -> assertThat(e.userMessage()).contains("/etc/udev/rules.d/60-pulseport.rules"));
        assertThat(OpenFailureClassifier.classify(node, OpenFailureClassifier.EBUSY))
                .isInstanceOfSatisfying(TransportError.Busy.class,
                        e -> assertThat(e.userMessage()).contains("ModemManager"));
        assertThat(OpenFailureClassifier.classify(node, OpenFailureClassifier.ENODEV))
                .isInstanceOf(TransportError.NotFound.class);
        assertThat(OpenFailureClassifier.classify(node, 5)).isInstanceOf(TransportError.IoFailure.class);
    }

    @Test
    void classifiesHidOpenFailuresFromHidapiMessages() {
        assertThat(HidTransport.classifyOpenFailure("/dev/hidraw3", "Permission denied"))
                .isInstanceOf(TransportError.PermissionDenied.class);
        assertThat(HidTransport.classifyOpenFailure("1-2:1.0", "Device or resource busy"))
                .isInstanceOf(TransportError.Busy.class);
        assertThat(HidTransport.classifyOpenFailure("1-2:1.0", null)).isInstanceOf(TransportError.IoFailure.class);
        assertThat(HidTransport.classifyOpenFailure(temp.resolve("gone").toString(), "failed"))
                .isInstanceOf(TransportError.IoFailure.class);
    }

    @Test
    void mapsEveryTransportErrorOntoTheApplicationTaxonomy() {
        assertThat(new TransportError.Timeout("p", 5).toPulseportError()).isInstanceOf(PulseportError.NetworkError.class);
        assertThat(new TransportError.Disconnected("p").toPulseportError()).isInstanceOf(PulseportError.NetworkError.class);
        assertThat(new TransportError.NotFound("p").toPulseportError()).isInstanceOf(PulseportError.ProviderError.class);
        assertThat(new TransportError.Busy("p", "fix").toPulseportError().detail()).contains("fix");
        assertThat(new TransportError.IoFailure("p", "why").toPulseportError())
                .isInstanceOf(PulseportError.UnexpectedError.class);
    }

    @Test
    void udevRulesCoverEveryDeviceFamily() {
        String rules = AccessAdvice.udevRules();
        assertThat(rules).contains("ATTRS{idVendor}==\"22a3\", ATTRS{idProduct}==\"0047\"")
                .contains("ATTRS{idVendor}==\"1a61\"").contains("ATTRS{idVendor}==\"091e\"")
                .contains("ATTRS{manufacturer}==\"Wahoo*\"").contains("TAG+=\"uaccess\"")
                .contains("ID_MM_DEVICE_IGNORE");
    }

    @Test
    void serialTransportReportsAMissingPortAsNotFound() {
        SerialTransport transport = new SerialTransport(temp.resolve("ttyACM7").toString(), 115_200);
        assertThatThrownBy(transport::open).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.error()).isInstanceOf(TransportError.NotFound.class));
    }

    @Test
    void serialTransportExchangesBytesOverAPseudoTerminalAndTimesOutWhenSilent() throws Exception {
        try (Pty pty = Pty.open(); SerialTransport transport = new SerialTransport(pty.slavePath(), 115_200)) {
            transport.open();
            transport.write("ping".getBytes(StandardCharsets.US_ASCII));
            byte[] received = new byte[4];
            int count = 0;
            while (count < 4) {
                byte[] chunk = new byte[4 - count];
                int n = pty.read(chunk, chunk.length, Duration.ofSeconds(5));
                System.arraycopy(chunk, 0, received, count, n);
                count += n;
            }
            assertThat(new String(received, StandardCharsets.US_ASCII)).isEqualTo("ping");
            assertThat(pty.write("pong".getBytes(StandardCharsets.US_ASCII), 0, 4)).isTrue();
            byte[] reply = new byte[4];
            TransportIo.readFully(transport, reply, 0, 4, Duration.ofSeconds(5));
            assertThat(new String(reply, StandardCharsets.US_ASCII)).isEqualTo("pong");
            assertThatThrownBy(() -> transport.read(reply, 0, 4, Duration.ofMillis(20)))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.error()).isInstanceOf(TransportError.Timeout.class));
        }
    }

    @Test
    void mountedVolumeReadsListsAndWritesAtomicallyInsideItsRoot() throws Exception {
        Files.createDirectories(temp.resolve("GARMIN/Activity"));
        Files.writeString(temp.resolve("GARMIN/Activity/b.fit"), "B");
        Files.writeString(temp.resolve("GARMIN/Activity/a.fit"), "A");
        Files.writeString(temp.resolve("GARMIN/Activity/notes.txt"), "x");
        MountedVolume volume = new MountedVolume(temp);
        volume.open();
        assertThat(volume.list("GARMIN/Activity", "*.fit"))
                .containsExactly(Path.of("GARMIN/Activity/a.fit"), Path.of("GARMIN/Activity/b.fit"));
        assertThat(volume.read("GARMIN/Activity/a.fit")).isEqualTo("A".getBytes(StandardCharsets.US_ASCII));
        volume.write("GARMIN/NewFiles/workout.fit", new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(temp.resolve("GARMIN/NewFiles/workout.fit"))).containsExactly(1, 2, 3);
        assertThat(temp.resolve("GARMIN/NewFiles")).isDirectoryNotContaining("glob:**.pulseport-tmp");
        assertThatThrownBy(() -> volume.read("../outside")).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.error()).isInstanceOf(TransportError.IoFailure.class));
        assertThatThrownBy(() -> volume.read("GARMIN/missing.fit")).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.error()).isInstanceOf(TransportError.NotFound.class));
    }

    @Test
    void anUnmountedVolumeIsNotFoundOrDisconnected() throws Exception {
        Path root = temp.resolve("WAHOO");
        MountedVolume volume = new MountedVolume(root);
        assertThatThrownBy(volume::open).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.error()).isInstanceOf(TransportError.NotFound.class));
        assertThatThrownBy(() -> volume.read("exports/ride.fit")).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.error()).isInstanceOf(TransportError.Disconnected.class));
    }
}
