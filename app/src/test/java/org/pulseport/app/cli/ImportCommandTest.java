package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.FitCorpus;
import picocli.CommandLine;

/** {@code pulseport import}: the session summary of each file, nothing twice, broken files named with the offset. */
class ImportCommandTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = PulseportCommand.commandLine(new PulseportCommand(options -> 0, SessionOpener.standard()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void printsTheSessionSummaryAndImportsNothingNewTheSecondTime() {
        assertThat(run("--data-dir", dir.toString(), "profiles", "create", "P")).isZero();
        String ride = FitCorpus.file("garmin-edge-820-bike.fit").toString();

        assertThat(run("--data-dir", dir.toString(), "import", ride, "--profile", "P")).isZero();
        assertThat(out.toString()).contains("garmin-edge-820-bike.fit: imported as activity 1")
                .contains("Cycling, ").contains("duration ").contains(" km").contains("heart rate avg/max ")
                .containsPattern("\\d+ laps?, [\\d,]+ records");

        assertThat(run("--data-dir", dir.toString(), "import", ride, "--profile", "P")).isZero();
        assertThat(out.toString()).isEqualTo("garmin-edge-820-bike.fit: nothing new, already stored as activity 1"
                + " (the same file was imported before)" + System.lineSeparator());
    }

    @Test
    void aBrokenFileIsNamedWithTheByteOffsetAndTheExitCodeSaysSo() throws Exception {
        run("--data-dir", dir.toString(), "profiles", "create", "P");
        Path garbage = Files.write(files.resolve("garbage.fit"), "this is not a FIT file at all".getBytes());

        assertThat(run("--data-dir", dir.toString(), "import", garbage.toString(), "--profile", "P")).isEqualTo(1);
        assertThat(out.toString()).startsWith("garbage.fit: not imported: not an importable activity: ")
                .containsPattern("decoding stopped: UnexpectedEof at byte \\d+: ");
    }

    @Test
    void aCutOffFileIsImportedAsPartialWithTheOffsetOfTheDamage() {
        run("--data-dir", dir.toString(), "profiles", "create", "P");
        String cutOff = FitCorpus.file("activity-unexpected-eof.fit").toString();

        assertThat(run("--data-dir", dir.toString(), "import", cutOff, "--profile", "P")).isZero();
        assertThat(out.toString()).contains("imported as activity 1 (PARTIAL")
                .containsPattern("warning: decoding stopped, the activity is partial: UnexpectedEof at byte \\d+");
    }

    @Test
    void anUnknownProfileIsRefusedBeforeAnythingIsRead() {
        assertThat(run("--data-dir", dir.toString(), "import", "nowhere.fit", "--profile", "Nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("No profile named \"Nobody\"");
    }
}
