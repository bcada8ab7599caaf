package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pulseport notifications ...} on a real data directory. */
class NotificationsCommandTest {

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = PulseportCommand.commandLine(new PulseportCommand(options -> 0, SessionOpener.standard()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return commandLine.execute(all);
    }

    @Test
    void channelsRulesQuietHoursTestAndLog() {
        run("profiles", "create", "Ann", "--zone", "Europe/Vienna");
        assertThat(run("notifications", "add-channel", "--profile", "Ann", "--kind", "in_app")).isZero();
        assertThat(out.toString()).contains("Added channel #1 In the app (In the app).");
        assertThat(run("notifications", "add-channel", "--profile", "Ann", "--kind", "ntfy", "--name", "Phone",
                "--set", "topic=ann-7f3", "--set", "server=http://127.0.0.1:1")).isZero();
        assertThat(run("notifications", "channels", "--profile", "Ann")).isZero();
        assertThat(out.toString()).contains("#1\tin_app\tIn the app").contains("#2\tntfy\tPhone").doesNotContain("ann-7f3");

        assertThat(run("notifications", "add-rule", "--profile", "Ann", "--category", "GLUCOSE_LOW", "--channel", "1,2")).isZero();
        assertThat(out.toString()).contains("Added rule #1: Low glucose, warning or worse.");
        assertThat(run("notifications", "rules", "--profile", "Ann")).isZero();
        assertThat(out.toString()).contains("#1\tLow glucose, warning or worse\tchannels [1, 2]");

        assertThat(run("notifications", "quiet", "--profile", "Ann", "--from", "22:00", "--to", "07:00")).isZero();
        assertThat(out.toString()).contains("Quiet hours 22:00–07:00");
        assertThat(run("notifications", "quiet", "--profile", "Ann")).isEqualTo(1);
        assertThat(err.toString()).contains("Give --from and --to");

        assertThat(run("notifications", "test", "1")).isZero();
        assertThat(run("notifications", "test", "2")).isEqualTo(1);
        assertThat(out.toString()).startsWith("Failed: ntfy: cannot reach the server");
        assertThat(run("notifications", "log", "--profile", "Ann")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString()).contains("ntfy").contains("failed").contains("In the app").contains("sent");

        assertThat(run("notifications", "add-channel", "--profile", "Ann", "--kind", "pager")).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown channel kind \"pager\"");
        assertThat(run("notifications", "add-channel", "--profile", "Ann", "--kind", "slack")).isEqualTo(1);
        assertThat(err.toString()).contains("the channel setting 'url' is missing");
    }
}
