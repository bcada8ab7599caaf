package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.DeviceDrivers;
import org.pulseport.app.engine.DeviceImportReport;
import org.pulseport.app.engine.DeviceImportRequest;
import org.pulseport.app.engine.DeviceImportService;
import org.pulseport.app.engine.DeviceService;
import org.pulseport.app.engine.ImportProgress;
import org.pulseport.app.engine.SyncTrigger;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.download.CancellationToken;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.transport.Transport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport import-device --port PATH --profile P [--family dexcom-g4|...] [--re-pair]}: reads the device's
 * serial number, pairs it with the profile on its first import, refuses a device paired with someone else (unless
 * {@code --re-pair}), then imports what is new with progress, and prints the counts. Ctrl+C cancels cleanly.
 */
@Command(name = "import-device", description = "Import the readings of a device attached at a serial port"
        + " (e.g. /dev/ttyACM0, COM3, or the port 'pulseport simulate' printed) into a profile.")
final class ImportDeviceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Option(names = "--port", required = true, paramLabel = "PATH", description = "The device's port or HID path.")
    private String port;

    @Option(names = "--profile", required = true, paramLabel = "NAME", description = "The profile to import into.")
    private String profileName;

    @Option(names = "--family", paramLabel = "FAMILY", defaultValue = "dexcom",
            description = "The device: dexcom-g4, dexcom-g5, dexcom-g6 (or dexcom) or libre. Default: ${DEFAULT-VALUE}.")
    private String familyName;

    @Option(names = "--re-pair", description = "The device is paired with another profile: pair it with this one"
            + " instead, then import.")
    private boolean rePair;

    ImportDeviceCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        DeviceFamily family = DeviceDrivers.fromCliName(familyName).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown device family '" + familyName + "' (one of: " + DeviceDrivers.cliNames() + ")"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppSession session = root.sessions().open(root.options())) {
            AppContext context = session.context();
            Profile profile = ProfileOption.require(context.profiles(), profileName);
            if (context.deviceDrivers().find(family).isEmpty()) {
                err.println("pulseport: Pulseport cannot download a " + family.displayName() + ".");
                return 1;
            }
            if (port.startsWith("/") && !Files.exists(Path.of(port))) {
                err.println("pulseport: there is no device at " + port + " (see 'pulseport devices' for the attached ones).");
                return 1;
            }
            Optional<Transport> identifyOn = root.hardware().transport(family.transport(), port);
            if (identifyOn.isEmpty()) {
                err.println("pulseport: no " + family.displayName() + " at " + port + " (see 'pulseport devices').");
                return 1;
            }
            DeviceImportService.Identification identification = context.deviceImports().identify(family, identifyOn.get());
            if (identification instanceof DeviceImportService.Identification.Failed failed) {
                err.println("pulseport: cannot read the device at " + port + ". " + failed.problem().message());
                return 1;
            }
            String serial = ((DeviceImportService.Identification.Known) identification).serialNumber();
            DeviceService.KnownDevice device = context.devices().recordSeen(family, serial, port);
            Optional<Profile> paired = device.pairedWith();
            if (paired.isPresent() && paired.get().id() != profile.id() && !rePair) {
                err.println("pulseport: " + device.label() + " is paired with " + paired.get().name() + ", not "
                        + profile.name() + ". Nothing was imported. To import it into " + profile.name()
                        + " from now on, add --re-pair.");
                return 1;
            }
            if (paired.isEmpty() || paired.get().id() != profile.id()) {
                context.devices().pair(device.id(), profile.id());
                out.printf("Paired %s with %s.%n", device.label(), profile.name());
            }
            out.printf("Importing %s into %s's profile%n", device.label(), profile.name());
            out.flush();
            DeviceImportReport report = runImport(context, family, serial, profile, out);
            printReport(report, out);
            if (report.inserted() > 0) {
                out.printf("Daily statistics: %d day rows updated.%n", context.engine().aggregateAndAnalyzeNow());
            }
            return report.completed() ? 0 : 1;
        }
    }

    private DeviceImportReport runImport(AppContext context, DeviceFamily family, String serial, Profile profile,
                                         PrintWriter out) {
        Transport transport = root.hardware().transport(family.transport(), port).orElseThrow(() ->
                new IllegalStateException("The device at " + port + " disappeared. Plug it in again."));
        CancellationToken cancellation = new CancellationToken();
        CountDownLatch done = new CountDownLatch(1);
        Thread cancelOnInterrupt = new Thread(() -> {
            cancellation.cancel();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pulseport-import-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        try {
            ProgressPrinter printer = new ProgressPrinter(out);
            return context.deviceImports().importFrom(DeviceImportRequest.of(family, transport, profile.id(), serial,
                    SyncTrigger.MANUAL).withProgress(printer::print).withCancellation(cancellation));
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
            } catch (IllegalStateException alreadyShuttingDown) {
                // Ctrl+C: the hook is running and waits for this import to end
            }
        }
    }

    private static void printReport(DeviceImportReport report, PrintWriter out) {
        report.clockOffset().ifPresent(offset -> out.printf("Device clock: %s.%n", clockText(offset.getSeconds())));
        report.clockWarning().ifPresent(warning -> out.println("Warning: " + warning));
        if (report.fetched() > 0 || report.completed()) {
            out.printf("Readings: %,d new, %,d already stored, %,d rejected%s.%n", report.inserted(),
                    report.duplicates(), report.rejected(), skipped(report.skipped()));
        }
        out.println(report.message());
        out.flush();
    }

    private static String clockText(long seconds) {
        long minutes = Math.round(Math.abs(seconds) / 60.0);
        return minutes == 0 ? "correct (within a minute)" : minutes + " min " + (seconds > 0 ? "ahead" : "behind")
                + " of this computer; times were corrected";
    }

    private static String skipped(Map<String, Long> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        return "; left out: " + skipped.entrySet().stream().map(e -> String.format("%,d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** Prints a progress line at the start and at every further tenth of the records. */
    private static final class ProgressPrinter {
        private final PrintWriter out;
        private int printedTenths = -1;

        ProgressPrinter(PrintWriter out) {
            this.out = out;
        }

        synchronized void print(ImportProgress progress) {
            double fraction = progress.fraction();
            if (fraction < 0) {
                return;
            }
            int tenths = (int) Math.floor(fraction * 10);
            if (tenths > printedTenths) {
                printedTenths = tenths;
                out.printf("  %3d%%  %s%n", Math.round(fraction * 100), progress.describe());
                out.flush();
            }
        }
    }
}
