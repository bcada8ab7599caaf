package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import picocli.CommandLine;

class PulseportCommandTest {

    @TempDir
    Path dir;

    private final List<GlobalOptions> desktopStarts = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        PulseportCommand root = new PulseportCommand(options -> {
            desktopStarts.add(options);
            return 0;
        }, SessionOpener.standard());
        CommandLine commandLine = PulseportCommand.commandLine(root);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void withoutACommandItStartsTheDesktopAppWithTheGlobalOptions() {
        assertThat(run("--data-dir", dir.toString(), "--demo")).isZero();
        assertThat(desktopStarts).containsExactly(new GlobalOptions(dir, true));
    }

    @Test
    void fitFilesWithoutACommandGoToTheDesktopAppAsAbsolutePaths() {
        assertThat(run("--data-dir", dir.toString(), "rides/morning.FIT")).isZero();
        assertThat(desktopStarts).containsExactly(new GlobalOptions(dir, false,
                java.util.List.of(java.nio.file.Path.of("rides/morning.FIT").toAbsolutePath())));
        assertThat(run("--data-dir", dir.toString(), "notes.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("'notes.txt'");
    }

    @Test
    void createsAndListsProfilesWithTheDataDirBeforeOrAfterTheCommand() {
        assertThat(run("--data-dir", dir.toString(), "profiles", "create", "Ann", "--zone", "Europe/Vienna")).isZero();
        assertThat(out.toString()).contains("Created profile Ann (Europe/Vienna)");
        assertThat(run("profiles", "list", "--data-dir", dir.toString())).isZero();
        assertThat(out.toString()).contains("Ann\tEurope/Vienna");
        assertThat(desktopStarts).isEmpty();
    }

    @Test
    void aDuplicateProfileNameIsRefusedWithAReason() {
        run("--data-dir", dir.toString(), "profiles", "create", "Ann");
        assertThat(run("--data-dir", dir.toString(), "profiles", "create", "Ann")).isEqualTo(1);
        assertThat(err.toString()).contains("A profile named \"Ann\" already exists.");
    }

    @Test
    void demoWorksWithEveryCommand() {
        assertThat(run("--data-dir", dir.toString(), "--demo", "profiles", "list")).isZero();
        assertThat(out.toString()).contains("Demo\t");
    }

    @Test
    void unknownCommandsAndBadArgumentsGiveOneLineAndExitCodeTwo() {
        assertThat(run("--data-dir", dir.toString(), "frobnicate")).isEqualTo(2);
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(run("profiles", "create", "Ann", "--zone", "Mars/Olympus", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("pulseport: "));
        assertThat(err.toString()).contains("'frobnicate'", "'--bogus'", "Mars/Olympus");
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectorySaysItIsAlreadyRunning() {
        try (AppSession running = AppSession.open(dir, false, step -> { })) {
            assertThat(running.context().dataDirectory()).isEqualTo(dir);
            assertThat(run("--data-dir", dir.toString(), "profiles", "list")).isEqualTo(1);
            assertThat(err.toString()).startsWith("pulseport: Pulseport is already running with the data directory " + dir);
        }
    }

    @Test
    void headlessRunsUntilInterrupted() throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread headless = new Thread(() -> exit.complete(run("--data-dir", dir.toString(), "headless")));
        headless.start();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> out.toString().contains("engine running"));
        assertThat(exit).isNotDone();
        headless.interrupt();
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).contains("Stopping Pulseport engine.");
    }

    @Test
    void syncPrintsWhatEachSourceBroughtInAndUpdatesDailyStatistics() {
        assertThat(run("--data-dir", dir.toString(), "--demo", "sync", "--profile", "Demo")).isZero();
        assertThat(out.toString()).containsPattern("Demo / Sandbox \\(generated demo data\\): [\\d,]+ new, [\\d,]+ already stored, 0 rejected")
                .containsPattern("Daily statistics: \\d+ day rows updated.");
        assertThat(run("--data-dir", dir.toString(), "sync", "--source", "oura")).isZero();
        assertThat(out.toString()).contains("Nothing to sync: no 'oura' sources.");
        assertThat(run("--data-dir", dir.toString(), "sync", "--profile", "Nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("pulseport: No profile named \"Nobody\". Profiles: Demo");
    }

    @Test
    void statsPrintsDailyRowsWithRollingAverages() {
        assertThat(run("--data-dir", dir.toString(), "--demo", "stats", "--profile", "Demo", "--metric", "resting_heart_rate")).isZero();
        assertThat(out.toString()).contains("Demo, resting_heart_rate (/min)", "7-day", "30-day");
        assertThat(out.toString().lines().filter(line -> line.matches("\\d{4}-\\d{2}-\\d{2} .*"))).hasSizeGreaterThanOrEqualTo(29);
        assertThat(run("--data-dir", dir.toString(), "stats", "--profile", "Demo", "--metric", "bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown metric 'bogus'", "resting_heart_rate");
    }

    @Test
    void agpPrintsTheConsensusMetricsAndWritesThePdfAndCsv() throws Exception {
        Path pdf = dir.resolve("out/agp.pdf");
        Path csv = dir.resolve("out/agp.csv");
        assertThat(run("--data-dir", dir.toString(), "--demo", "agp", "--profile", "Demo", "--days", "14",
                "--pdf", pdf.toString(), "--csv", csv.toString())).isZero();
        assertThat(out.toString()).contains("AGP for Demo", "(14 days)", "GMI", "Target range", "70-180 mg/dL")
                .containsPattern("CGM active \\d+\\.\\d %");
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(java.nio.file.Files.readString(csv)).startsWith("metric,value,unit,target");
        assertThat(dir.resolve("out/agp-percentiles.csv")).exists();
        assertThat(run("--data-dir", dir.toString(), "agp", "--profile", "Demo", "--mmol")).isZero();
        assertThat(out.toString()).contains("mmol/L");
    }

    @Test
    void jobsListsRunsRatesAndDeadLetters() {
        assertThat(run("--data-dir", dir.toString(), "jobs")).isZero();
        assertThat(out.toString()).contains("Failure rates, last 7 days:", "Recent runs:", "Dead letters (0):");
        assertThat(run("--data-dir", dir.toString(), "jobs", "retry", "99")).isEqualTo(1);
        assertThat(err.toString()).contains("no open dead letter with that number");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--data-dir", "--demo", "profiles", "sync", "jobs", "stats", "headless");
    }
}
