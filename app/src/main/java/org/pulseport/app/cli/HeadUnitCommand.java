package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.ActivityImportResult;
import org.pulseport.app.engine.HeadUnitReport;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.headunit.HeadUnit;
import org.pulseport.devices.headunit.HeadUnitProbe;
import org.pulseport.devices.headunit.HeadUnitVolumes;
import org.pulseport.devices.hotplug.AttachedDevice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport headunit [--volume DIR] [--profile P]}: finds connected head units (or the one mounted at DIR),
 * pairs them with P when given, and imports their new activities.
 */
@Command(name = "headunit", description = "Import new activities from connected Garmin/Wahoo head units (USB storage or MTP).")
final class HeadUnitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Option(names = "--volume", paramLabel = "DIR", description = "The unit's mounted folder (default: look in the usual mount points).")
    private Path volume;

    @Option(names = "--profile", paramLabel = "NAME", description = "Pair the unit(s) with this profile first.")
    private String profileName;

    HeadUnitCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppSession session = root.sessions().open(root.options())) {
            AppContext context = session.context();
            Optional<Profile> profile = Optional.ofNullable(profileName)
                    .map(name -> ProfileOption.require(context.profiles(), name));
            HeadUnitVolumes volumes = HeadUnitVolumes.standard();
            List<HeadUnitProbe.Result> found = new ArrayList<>();
            if (volume != null) {
                found.add(volumes.probe(volume));
            } else {
                for (AttachedDevice device : volumes.enumerate()) {
                    found.add(volumes.probe(Path.of(device.path())));
                }
            }
            found.removeIf(HeadUnitProbe.Result.NotAHeadUnit.class::isInstance);
            if (found.isEmpty()) {
                out.println("No head unit found " + (volume != null ? "at " + volume
                        : "under " + volumes.mountRoots().stream().map(Path::toString).collect(Collectors.joining(", ")))
                        + " (no Garmin/GarminDevice.xml, no Wahoo 'exports' folder). Plug the unit in and unlock it,"
                        + " or name its folder with --volume.");
                return 1;
            }
            boolean ok = true;
            for (HeadUnitProbe.Result result : found) {
                ok &= handle(context, result, profile, out);
            }
            return ok ? 0 : 1;
        }
    }

    private static boolean handle(AppContext context, HeadUnitProbe.Result result, Optional<Profile> profile,
                                  PrintWriter out) {
        if (result instanceof HeadUnitProbe.Result.AccessNeeded) {
            out.println(((HeadUnitProbe.Result.AccessNeeded) result).advice());
            return false;
        }
        if (result instanceof HeadUnitProbe.Result.Unreadable) {
            out.println(((HeadUnitProbe.Result.Unreadable) result).reason());
            return false;
        }
        HeadUnit unit = ((HeadUnitProbe.Result.Found) result).unit();
        profile.ifPresent(p -> context.headUnits().pair(unit, p));
        HeadUnitReport report = context.headUnits().connected(unit);
        out.println(report.summary());
        boolean ok = report.profile().isPresent() && report.problems().isEmpty();
        for (ActivityImportResult imported : report.imports()) {
            ok &= ImportCommand.print(imported, out);
        }
        return ok;
    }
}
