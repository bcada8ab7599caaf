package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.notify.Signatures;
import picocli.CommandLine;

/** {@code pulseport webhooks ...} end to end on a real data directory, against a local HTTP server. */
class WebhooksCommandTest {

    private static final String SECRET = "whsec-cli-0123456789";

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
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
    void addListTestDeliveriesAndRedeliver() throws Exception {
        run("profiles", "create", "Ann");
        String url = server.url("/receiver").toString();
        assertThat(run("webhooks", "add", "--profile", "Ann", "--url", url, "--secret", SECRET, "--events", "sync.completed")).isZero();
        assertThat(out.toString()).contains("Added webhook #1 for Ann: " + url + " (sync.completed).")
                .doesNotContain(SECRET);

        assertThat(run("webhooks", "list")).isZero();
        assertThat(out.toString()).contains("#1\tAnn\t" + url + "\tsync.completed\tactive");

        server.enqueue(new MockResponse().setResponseCode(200).setBody("thanks"));
        assertThat(run("webhooks", "test", "1")).isZero();
        assertThat(out.toString()).contains("ping").contains("succeeded").contains("HTTP 200: thanks");
        RecordedRequest ping = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(Signatures.verify(ping.getHeader("X-Pulseport-Signature"), SECRET, ping.getBody().readUtf8())).isTrue();

        server.enqueue(new MockResponse().setResponseCode(502).setBody("bad gateway"));
        assertThat(run("webhooks", "redeliver", "1")).isEqualTo(1);
        assertThat(out.toString()).contains("#2").contains("retrying").contains("HTTP 502: bad gateway").contains("next attempt");

        assertThat(run("webhooks", "deliveries", "1")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString().lines().findFirst().orElseThrow()).startsWith("#2 ");
    }

    @Test
    void aGeneratedSecretIsShownOnceAndMistakesAreExplained() {
        run("profiles", "create", "Ann");
        assertThat(run("webhooks", "add", "--profile", "Ann", "--url", server.url("/r").toString())).isZero();
        assertThat(out.toString()).containsPattern("Secret \\(shown only now, keep it with the receiver\\): whsec_[0-9a-f]{48}")
                .contains("(sync.completed, anomaly.detected)");

        assertThat(run("webhooks", "add", "--profile", "Bob", "--url", server.url("/r").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No profile named \"Bob\"");
        assertThat(run("webhooks", "add", "--profile", "Ann", "--url", "x", "--events", "sync.started")).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown event type \"sync.started\"");
        assertThat(run("webhooks", "test", "9")).isEqualTo(1);
        assertThat(err.toString()).contains("there is no webhook #9");
        assertThat(run("webhooks", "deliveries", "9")).isEqualTo(1);
        assertThat(run("webhooks", "redeliver", "9")).isEqualTo(1);
        assertThat(err.toString()).contains("there is no delivery #9");
    }
}
