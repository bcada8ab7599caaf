package org.pulseport.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.dexcom.EgvLayout;
import org.pulseport.devices.hotplug.DeviceIdentifier;
import org.pulseport.devices.transport.SerialTransport;

class SimulatorRunnerTest {

    @Test
    void parsesTheCliOptions() {
        SimulatorRunner.Options options = SimulatorRunner.parse("dexcom-g6", "--days", "14", "--serial",
                "SM00000001", "--clock-offset-minutes", "-30", "--line-rate", "1000000", "--seed", "9");
        assertThat(options).isEqualTo(new SimulatorRunner.Options(EgvLayout.G6, 14, "SM00000001",
                Duration.ofMinutes(-30), 1_000_000, 9));
        assertThat(SimulatorRunner.parse("dexcom-g4").days()).isEqualTo(90);
    }

    @Test
    void rejectsBadArgumentsWithTheUsage() {
        assertThatThrownBy(SimulatorRunner::parse).hasMessageContaining("usage");
        assertThatThrownBy(() -> SimulatorRunner.parse("dexcom-g7")).hasMessageContaining("unknown simulator");
        assertThatThrownBy(() -> SimulatorRunner.parse("dexcom-g4", "--days")).hasMessageContaining("missing value");
        assertThatThrownBy(() -> SimulatorRunner.parse("dexcom-g4", "--days", "many")).hasMessageContaining("number");
        assertThatThrownBy(() -> SimulatorRunner.parse("dexcom-g4", "--color", "red")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SimulatorRunner.parse("libre")).hasMessageContaining("in-process");
    }

    @Test
    void startsAReceiverOnANewPortAndPrintsItsPath() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (DexcomSimulatorServer server = SimulatorRunner.start(SimulatorRunner.parse("dexcom-g5", "--days", "2",
                "--serial", "SM55555555"), new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            assertThat(printed.toString(StandardCharsets.UTF_8).lines().findFirst()).contains(server.portPath());
            assertThat(Files.exists(Path.of(server.portPath()))).isTrue();
            try (SerialTransport transport = new SerialTransport(server.portPath(), DexcomDownloader.BAUD_RATE)) {
                assertThat(DeviceIdentifier.dexcomSerial(transport)).isEqualTo("SM55555555");
            }
        }
    }
}
