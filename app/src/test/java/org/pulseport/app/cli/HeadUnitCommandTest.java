package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.FitCorpus;
import org.pulseport.devices.sim.GarminVolumeSimulator;
import picocli.CommandLine;

/** {@code pulseport headunit --volume DIR}: pairs, imports, and says what to do when it cannot. */
class HeadUnitCommandTest {

    @TempDir
    Path dir;
    @TempDir
    Path media;
    private StringWriter out;

    private int run(String... args) {
        out = new StringWriter();
        CommandLine commandLine = PulseportCommand.commandLine(new PulseportCommand(options -> 0, SessionOpener.standard()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void pairsTheUnitWithTheProfileAndImportsItsActivities() throws Exception {
        run("--data-dir", dir.toString(), "profiles", "create", "Ann");
        run("--data-dir", dir.toString(), "profiles", "create", "Ben");
        Path volume = GarminVolumeSimulator.create(media.resolve("GARMIN"), "Edge 820", "3912345678",
                List.of(FitCorpus.file("garmin-fenix-5-bike.fit")));

        assertThat(run("--data-dir", dir.toString(), "headunit", "--volume", volume.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("Garmin Edge 820 (3912345678) is not paired with a profile yet");

        assertThat(run("--data-dir", dir.toString(), "headunit", "--volume", volume.toString(), "--profile", "Ben")).isZero();
        assertThat(out.toString()).startsWith("Garmin Edge 820 (3912345678) (Ben): 1 new activity imported.")
                .contains("garmin-fenix-5-bike.fit: imported as activity 1", "Cycling, ");
    }

    @Test
    void aFolderThatIsNoHeadUnitIsNamed() throws Exception {
        Path stick = Files.createDirectories(media.resolve("STICK"));
        assertThat(run("--data-dir", dir.toString(), "headunit", "--volume", stick.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("No head unit found at " + stick + " (no Garmin/GarminDevice.xml");
    }
}
