package org.pulseport.devices.headunit;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pulseport.devices.hotplug.AttachedDevice;
import org.pulseport.devices.hotplug.EnumerationSource;
import org.pulseport.devices.hotplug.TransportKind;
import org.pulseport.devices.hotplug.UsbId;

/**
 * Finds mounted head units for the {@link org.pulseport.devices.hotplug.HotplugMonitor}: looks at every volume
 * under the mount roots (each root and its direct sub-folders) with a {@link HeadUnitProbe} and reports the units
 * as attached devices that {@link org.pulseport.devices.hotplug.KnownDevices} recognises (Garmin by vendor id
 * 091e, Wahoo by manufacturer name; a volume carries no USB product id, so it is 0). A unit once found is not
 * probed again while its mount stays; other folders are re-probed each time (an MTP unit may unlock later).
 * Unreadable folders are skipped: enumeration never throws.
 */
public final class HeadUnitVolumes implements EnumerationSource {

    /** The ids a Garmin volume is reported with. */
    public static final UsbId GARMIN = new UsbId(0x091E, 0);
    /** The ids a Wahoo volume is reported with (recognised by its manufacturer name). */
    public static final UsbId WAHOO = new UsbId(0, 0);
    public static final String WAHOO_MANUFACTURER = "Wahoo Fitness";

    private final List<Path> mountRoots;
    private final HeadUnitProbe probe;
    private final Map<Path, HeadUnitProbe.Result> found = new ConcurrentHashMap<>();

    public HeadUnitVolumes(List<Path> mountRoots, HeadUnitProbe probe) {
        this.mountRoots = List.copyOf(mountRoots);
        this.probe = probe;
    }

    /** The volumes under this computer's usual mount roots. */
    public static HeadUnitVolumes standard() {
        return new HeadUnitVolumes(defaultMountRoots(System.getProperty("os.name"), System.getenv(),
                System.getProperty("user.name")), new HeadUnitProbe());
    }

    public List<Path> mountRoots() {
        return mountRoots;
    }

    /**
     * Where this OS mounts removable storage for the user: {@code /media/USER}, {@code /run/media/USER} and gvfs
     * ({@code $XDG_RUNTIME_DIR/gvfs}, where MTP units appear) on Linux, {@code /Volumes} on macOS, the drive roots
     * on Windows.
     */
    public static List<Path> defaultMountRoots(String osName, Map<String, String> env, String userName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of(File.listRoots()).stream().map(File::toPath).toList();
        }
        if (os.contains("mac")) {
            return List.of(Path.of("/Volumes"));
        }
        List<Path> roots = new ArrayList<>(List.of(Path.of("/media", userName), Path.of("/run/media", userName)));
        Optional.ofNullable(env.get("XDG_RUNTIME_DIR")).ifPresent(dir -> roots.add(Path.of(dir, "gvfs")));
        return roots;
    }

    @Override
    public List<AttachedDevice> enumerate() {
        List<Path> volumes = candidates();
        found.keySet().retainAll(volumes);
        List<AttachedDevice> attached = new ArrayList<>();
        for (Path volume : volumes) {
            HeadUnitProbe.Result result = found.containsKey(volume) ? found.get(volume) : probe.probe(volume);
            if (result instanceof HeadUnitProbe.Result.Found) {
                found.put(volume, result);
            }
            kind(result).ifPresent(kind -> attached.add(kind == HeadUnitKind.GARMIN
                    ? new AttachedDevice(GARMIN, "Garmin", volume.toString(), TransportKind.VOLUME)
                    : new AttachedDevice(WAHOO, WAHOO_MANUFACTURER, volume.toString(), TransportKind.VOLUME)));
        }
        return attached;
    }

    /** What is at a reported volume path now (the unit, or what the user must do to reach it). */
    public HeadUnitProbe.Result probe(Path volume) {
        HeadUnitProbe.Result known = found.get(volume);
        return known != null ? known : probe.probe(volume);
    }

    private static Optional<HeadUnitKind> kind(HeadUnitProbe.Result result) {
        if (result instanceof HeadUnitProbe.Result.Found) {
            return Optional.of(((HeadUnitProbe.Result.Found) result).unit().kind());
        }
        if (result instanceof HeadUnitProbe.Result.AccessNeeded) {
            return Optional.of(((HeadUnitProbe.Result.AccessNeeded) result).kind());
        }
        if (result instanceof HeadUnitProbe.Result.Unreadable) {
            return Optional.of(((HeadUnitProbe.Result.Unreadable) result).kind());
        }
        return Optional.empty();
    }

    /** The sub-folders of each mount root (a drive root, which has no parent, is itself a volume). */
    private List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        for (Path root : mountRoots) {
            if (root.getParent() == null && Files.isDirectory(root)) {
                candidates.add(root);
            } else {
                candidates.addAll(subfolders(root));
            }
        }
        return candidates;
    }

    private static List<Path> subfolders(Path root) {
        List<Path> folders = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(root, Files::isDirectory)) {
                children.forEach(folders::add);
            } catch (IOException | SecurityException e) {
                return List.of();
            }
        }
        return folders;
    }
}
