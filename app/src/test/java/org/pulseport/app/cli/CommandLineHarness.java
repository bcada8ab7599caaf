package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.pulseport.app.engine.ConnectionSecret;
import org.pulseport.app.testing.StoredSecrets;
import picocli.CommandLine;

/**
 * Runs {@code pulseport} commands on one data directory with a given environment, collecting what they print, and
 * the steps the connection tests share: a browser sign-in through the printed address, the stored tokens, an
 * expired access token.
 */
final class CommandLineHarness {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path dir;

    CommandLineHarness(Path dir) {
        this.dir = dir;
    }

    int run(Map<String, String> environment, String... args) {
        PulseportCommand root = new PulseportCommand(options -> 0, SessionOpener.withEnvironment(environment));
        CommandLine commandLine = PulseportCommand.commandLine(root);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    /**
     * Runs {@code connect PROVIDER --profile Ann --no-browser}, waits for the printed address and hands it to
     * {@code browser}; returns the address once the command succeeded.
     */
    URI connect(Map<String, String> environment, String provider, Consumer<URI> browser) throws Exception {
        int printedBefore = out.toString().length();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> run(environment, "connect", provider, "--profile", "Ann", "--no-browser"));
        URI address = Awaitility.await().atMost(PATIENCE).until(() -> out.toString().substring(printedBefore).lines()
                .filter(line -> line.startsWith("http")).findFirst().map(URI::create), Optional::isPresent).orElseThrow();
        browser.accept(address);
        assertThat(exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(err.toString()).isZero();
        return address;
    }

    /** The source id of the only stored connection. */
    long sourceId() {
        return Long.parseLong(StoredSecrets.query(dir, "SELECT source_id FROM connections").orElseThrow());
    }

    ConnectionSecret.OAuth storedTokens() {
        return (ConnectionSecret.OAuth) StoredSecrets.read(dir, sourceId()).orElseThrow();
    }

    void expireTheAccessToken() {
        assertThat(StoredSecrets.update(dir, "UPDATE connections SET access_expires_at = TIMESTAMP WITH TIME ZONE"
                + " '2000-01-01 00:00:00+00'")).isEqualTo(1);
    }
}
