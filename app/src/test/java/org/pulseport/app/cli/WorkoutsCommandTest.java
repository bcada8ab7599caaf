package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import picocli.CommandLine;

/** {@code pulseport workouts ...} and {@code pulseport queue ...} on a real data directory. */
class WorkoutsCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        PulseportCommand root = new PulseportCommand(options -> 0, SessionOpener.standard());
        CommandLine commandLine = PulseportCommand.commandLine(root);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return commandLine.execute(all);
    }

    @Test
    void createScheduleSyncListAndMonitorAWorkout() {
        run("profiles", "create", "Ann", "--zone", "Europe/Vienna");
        assertThat(run("workouts", "targets", "--profile", "Ann", "Garmin-USB")).isZero();
        assertThat(out.toString()).contains("Uploads of Ann: garmin-usb");

        assertThat(run("workouts", "create", "--profile", "Ann", "--name", "Threshold",
                "--steps", "warmup 10min @50-65%ftp; 4x(8min @95-105%ftp, rest 2min); cooldown 10min")).isZero();
        Matcher created = Pattern.compile("Created workout (\\S+) \"Threshold\" \\(5 steps\\)").matcher(out.toString());
        assertThat(created.find()).isTrue();
        String id = created.group(1);
        assertThat(run("workouts", "schedule", id, "--at", "2024-03-05T07:00")).isZero();
        assertThat(out.toString()).contains("Scheduled Threshold on 2024-03-05T07:00+01:00[Europe/Vienna]");

        assertThat(run("workouts", "sync")).isZero();
        assertThat(out.toString()).contains("Batch sync complete: 0 operations (0 succeeded, 0 failed), 2 waiting for a head unit");
        assertThat(run("workouts", "list", "--profile", "Ann")).isZero();
        assertThat(out.toString()).contains("warmup 10min @50-65%ftp; 4x(8min @95-105%ftp, rest 2min); cooldown 10min")
                .contains("⏳ garmin-usb: pending - written when the Garmin head unit is next connected");

        assertThat(run("queue", "status")).isZero();
        assertThat(out.toString()).containsPattern("garmin-usb\\s+create\\s+workout\\s+1")
                .containsPattern("garmin-usb\\s+create\\s+workout_scheduled\\s+1");
        assertThat(run("queue", "status", "--profile", "Ann")).isZero();
        assertThat(out.toString()).containsPattern("(?s)garmin-usb\\s+create\\s+workout_scheduled\\s+1.*garmin-usb\\s+create\\s+workout_scheduled\\s+1");
        run("profiles", "create", "Bea");
        assertThat(run("queue", "status", "--profile", "Bea")).isZero();
        assertThat(out.toString()).endsWith("Nothing pending." + System.lineSeparator());
        assertThat(run("queue", "errors")).isZero();
        assertThat(run("queue", "failed")).isZero();
        assertThat(out.toString()).contains("No failed operations.");
        assertThat(run("queue", "rates")).isZero();
        assertThat(run("workouts", "delete", id)).isZero();
        assertThat(out.toString()).contains("Deleted workout " + id);
    }

    @Test
    void badInputGetsAMessageThatSaysWhatIsAccepted() {
        run("profiles", "create", "Ann");
        assertThat(run("workouts", "create", "--profile", "Ann", "--steps", "warmup ten minutes")).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read step 'warmup ten minutes'");
        assertThat(run("workouts", "targets", "--profile", "Ann", "strava")).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown destination 'strava'. Known: wahoo, trainingpeaks, garmin, garmin-usb, wahoo-usb");
        assertThat(run("queue", "retry", "3f2c1b4a-0000-4000-8000-000000000001")).isEqualTo(1);
    }

    @Test
    void cloudDestinationsAreEnabledByTheirConnectionNotByTheTargetList() {
        run("profiles", "create", "Ann");
        assertThat(run("workouts", "targets", "--profile", "Ann", "garmin-usb", "wahoo")).isEqualTo(1);
        assertThat(err.toString()).contains("wahoo is a cloud destination: connect it with 'pulseport connect wahoo"
                + " --profile Ann', then switch its uploads with 'pulseport connections upload wahoo --profile Ann on'");

        try (AppSession session = AppSession.open(dir, false, step -> { })) {
            long ann = session.context().profiles().find("Ann").orElseThrow().id();
            session.context().workoutSync().targets().replace(ann, Set.of("garmin-usb", "wahoo"));
        }
        assertThat(run("workouts", "targets", "--profile", "Ann")).isZero();
        assertThat(out.toString()).as("a cloud destination in the table without a connection uploads nothing")
                .containsPattern("Uploads of Ann: garmin-usb\\R")
                .contains("Head units: garmin-usb, wahoo-usb; cloud destinations are enabled by connecting them");
    }
}
