package org.pulseport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.DeviceHardware;
import org.pulseport.app.engine.SimulatedBus;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.hotplug.DeviceIdentifier;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.sim.SimulatedDevice;
import org.pulseport.devices.transport.SerialTransport;
import picocli.CommandLine;

class PulseportCommandTest {

    @TempDir
    Path dir;

    private final List<GlobalOptions> desktopStarts = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return runWith(DeviceHardware.system(), args);
    }

    private int runWith(DeviceHardware hardware, String... args) {
        PulseportCommand root = new PulseportCommand(options -> {
            desktopStarts.add(options);
            return 0;
        }, SessionOpener.standard(), hardware);
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
        assertThat(out.toString()).contains("--data-dir", "--demo", "profiles", "sync", "jobs", "stats", "headless",
                "devices", "import-device", "simulate");
    }

    private static DexcomSimulatorConfig receiver(String serial, int days) {
        return DexcomSimulatorConfig.of(SimulatedDevice.dexcomReceiver().withSerialNumber(serial).withDays(days)
                .withClock(Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC), ZoneId.systemDefault()));
    }

    @Test
    void importDeviceImportsFromAPortWithProgressAndCountsAndKeepsTheDeviceWithItsPatient() {
        String data = dir.toString();
        run("--data-dir", data, "profiles", "create", "Ann");
        run("--data-dir", data, "profiles", "create", "Bob");
        try (DexcomSimulatorServer receiver = DexcomSimulatorServer.startOnNewPty(receiver("SM20000001", 7))) {
            String port = receiver.portPath();
            int readings = receiver.simulator().readingTimes().size();
            assertThat(run("--data-dir", data, "import-device", "--port", port, "--profile", "Ann", "--family", "dexcom-g4"))
                    .isZero();
            assertThat(out.toString()).contains("Paired Dexcom G4/G5/G6 receiver SM20000001 with Ann.",
                            "Importing Dexcom G4/G5/G6 receiver SM20000001 into Ann's profile", "100%",
                            String.format("Readings: %,d new, 0 already stored, 0 rejected; left out: ", readings),
                            String.format("Imported %,d new readings into Ann's profile.", readings))
                    .containsPattern("\\s+\\d+%  [\\d,]+ of [\\d,]+ records, (about \\d+ s left|almost done)")
                    .containsPattern("Device clock: correct \\(within a minute\\)\\.|Device clock: \\d+ min behind")
                    .containsPattern("Daily statistics: \\d+ day rows updated.");

            out.getBuffer().setLength(0);
            assertThat(run("--data-dir", data, "import-device", "--port", port, "--profile", "Ann")).isZero();
            assertThat(out.toString()).doesNotContain("Paired").containsPattern("Readings: 0 new, \\d+ already stored")
                    .contains("Nothing new on the device: every reading is already in Ann's profile.");

            assertThat(run("--data-dir", data, "import-device", "--port", port, "--profile", "Bob")).isEqualTo(1);
            assertThat(err.toString()).contains("pulseport: Dexcom G4/G5/G6 receiver SM20000001 is paired with Ann, not Bob."
                    + " Nothing was imported. To import it into Bob from now on, add --re-pair.");
            out.getBuffer().setLength(0);
            assertThat(run("--data-dir", data, "import-device", "--port", port, "--profile", "Bob", "--re-pair")).isZero();
            assertThat(out.toString()).contains("Paired Dexcom G4/G5/G6 receiver SM20000001 with Bob.",
                    String.format("Imported %,d new readings into Bob's profile.", readings));
        }
        assertThat(run("--data-dir", data, "import-device", "--port", "/dev/no-such-port", "--profile", "Ann")).isEqualTo(1);
        assertThat(err.toString()).contains("pulseport: there is no device at /dev/no-such-port");
        assertThat(run("--data-dir", data, "import-device", "--port", "/dev/null", "--profile", "Ann", "--family", "omnipod"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("pulseport: unknown device family 'omnipod' (one of: dexcom, dexcom-g4,");
        assertThat(run("--data-dir", data, "import-device", "--profile", "Ann")).isEqualTo(2);
    }

    @Test
    void devicesListsWhatIsPluggedInAndEveryKnownDeviceWithItsPairingAndClock() {
        String data = dir.toString();
        run("--data-dir", data, "profiles", "create", "Ann");
        try (SimulatedBus bus = new SimulatedBus()) {
            DexcomSimulatorServer receiver = bus.plugIn(receiver("SM20000002", 2));
            String port = receiver.portPath();
            assertThat(runWith(bus, "--data-dir", data, "devices")).isZero();
            assertThat(out.toString()).contains("Plugged in now (1):", "  Dexcom G4/G5/G6 receiver at " + port
                    + " (USB 22a3:0047): serial SM20000002, not paired yet (pulseport import-device --port " + port
                    + " --profile NAME)", "Known devices (0):");

            assertThat(runWith(bus, "--data-dir", data, "import-device", "--port", port, "--profile", "Ann")).isZero();
            bus.plugInWithoutPermission("/dev/ttyACM9");
            out.getBuffer().setLength(0);
            assertThat(runWith(bus, "--data-dir", data, "devices")).isZero();
            assertThat(out.toString()).contains("Plugged in now (2):", "serial SM20000002, paired with Ann",
                    "  Dexcom G4/G5/G6 receiver at /dev/ttyACM9 (USB 22a3:0047): cannot be read. Pulseport may not open"
                            + " /dev/ttyACM9. Add the udev rule shipped with Pulseport: copy it to /etc/udev/rules.d/60-pulseport.rules",
                    "Known devices (1):")
                    .containsPattern("SERIAL +FAMILY +MODEL +PROFILE +LAST SEEN +CLOCK OFFSET")
                    .containsPattern("SM20000002 +Dexcom G4/G5/G6 receiver +Dexcom G4 Receiver +Ann +\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} on "
                            + port + " +(correct \\(±1 min\\)|\\d+ min behind)");
        }
        out.getBuffer().setLength(0);
        assertThat(run("devices", "--udev-rules")).isZero();
        assertThat(out.toString()).contains("ATTRS{idVendor}==\"22a3\"", "TAG+=\"uaccess\"");
    }

    @Test
    void simulatePrintsItsPortFirstAndServesUntilInterrupted() throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread simulator = new Thread(() -> exit.complete(run("simulate", "dexcom-g5", "--days", "2", "--serial",
                "SM20000003")));
        simulator.start();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> out.toString().contains("Ctrl+C to stop"));
        String port = out.toString().lines().findFirst().orElseThrow();
        assertThat(port).startsWith("/dev/");
        assertThat(out.toString()).contains("Dexcom G5 receiver SM20000003 with 2 days of readings serving on " + port);
        try (SerialTransport transport = new SerialTransport(port, DexcomDownloader.BAUD_RATE)) {
            assertThat(DeviceIdentifier.dexcomSerial(transport)).isEqualTo("SM20000003");
        }
        assertThat(exit).isNotDone();
        simulator.interrupt();
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).contains("Stopping the simulated receiver.");

        assertThat(run("simulate", "libre")).isEqualTo(1);
        assertThat(err.toString()).contains("pulseport: The FreeStyle Libre reader is a USB HID device, and its simulator"
                + " runs in-process only");
        assertThat(run("simulate", "dexcom-g7")).isEqualTo(2);
        assertThat(err.toString()).contains("pulseport: unknown simulator dexcom-g7");
    }
}
