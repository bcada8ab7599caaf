package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.DeviceHardware;
import org.pulseport.app.engine.DeviceImportService;
import org.pulseport.app.engine.DeviceProblem;
import org.pulseport.app.engine.DeviceService;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.hotplug.AttachedDevice;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.hotplug.KnownDevices;
import org.pulseport.devices.transport.Transport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport devices [--udev-rules]}: the recognised devices plugged in now (with the serial number read
 * over their protocol, or why it could not be read) and every device Pulseport knows, with its pairing, when it
 * was last seen and how far its clock was off.
 */
@Command(name = "devices", description = "List the devices plugged in now and the devices Pulseport knows, with"
        + " serial number, family, paired profile, last seen and clock offset.")
final class DevicesCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Option(names = "--udev-rules", description = "Print the udev rules file that lets you open the devices on Linux"
            + " (install: pulseport devices --udev-rules | sudo tee /etc/udev/rules.d/60-pulseport.rules).")
    private boolean udevRules;

    DevicesCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (udevRules) {
            out.print(DeviceProblem.udevRules());
            out.flush();
            return 0;
        }
        try (AppSession session = root.sessions().open(root.options())) {
            printAttached(session.context(), root.hardware(), out);
            out.println();
            printKnown(session.context().devices().devices(), out);
            return 0;
        }
    }

    private static void printAttached(AppContext context, DeviceHardware hardware, PrintWriter out) {
        KnownDevices known = new KnownDevices();
        List<AttachedDevice> attached = new ArrayList<>();
        List<DeviceFamily> families = new ArrayList<>();
        for (AttachedDevice device : hardware.enumeration().enumerate()) {
            Optional<DeviceFamily> family = known.identify(device);
            if (family.isPresent()) {
                attached.add(device);
                families.add(family.get());
            }
        }
        out.printf("Plugged in now (%d):%n", attached.size());
        if (attached.isEmpty()) {
            out.println("  none. Plug in a receiver or reader. On Linux, if it does not appear or cannot be opened,"
                    + " install the udev rule: pulseport devices --udev-rules");
        }
        for (int i = 0; i < attached.size(); i++) {
            AttachedDevice device = attached.get(i);
            DeviceFamily family = families.get(i);
            out.printf("  %s at %s (USB %s): %s%n", family.displayName(), device.path(), device.usbId(),
                    describe(context, hardware, device, family));
        }
    }

    private static String describe(AppContext context, DeviceHardware hardware, AttachedDevice device,
                                   DeviceFamily family) {
        if (context.deviceDrivers().find(family).isEmpty()) {
            return "no glucose download for this device";
        }
        Optional<Transport> transport = hardware.transport(device.kind(), device.path());
        if (transport.isEmpty()) {
            return "no longer attached";
        }
        DeviceImportService.Identification identification = context.deviceImports().identify(family, transport.get());
        if (identification instanceof DeviceImportService.Identification.Failed failed) {
            return "cannot be read. " + failed.problem().message();
        }
        String serial = ((DeviceImportService.Identification.Known) identification).serialNumber();
        Optional<Profile> paired = context.devices().find(family, serial).flatMap(DeviceService.KnownDevice::pairedWith);
        return "serial " + serial + ", " + paired.map(p -> "paired with " + p.name())
                .orElse("not paired yet (pulseport import-device --port " + device.path() + " --profile NAME)");
    }

    private static void printKnown(List<DeviceService.KnownDevice> devices, PrintWriter out) {
        out.printf("Known devices (%d):%n", devices.size());
        if (devices.isEmpty()) {
            out.println("  none yet. A device is added the first time it is plugged in or imported.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SERIAL", "FAMILY", "MODEL", "PROFILE", "LAST SEEN", "CLOCK OFFSET"});
        for (DeviceService.KnownDevice d : devices) {
            rows.add(new String[] {d.serialNumber(), d.familyName(), d.model().orElse("-"),
                    d.pairedWith().map(Profile::name).orElse("(not paired)"), when(d.lastSeen())
                    + d.lastPath().map(path -> " on " + path).orElse(""), d.clockOffsetText()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < row.length; c++) {
                line.append(' ').append(c == row.length - 1 ? row[c] : pad(row[c], widths[c]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length())) + " ";
    }
}
