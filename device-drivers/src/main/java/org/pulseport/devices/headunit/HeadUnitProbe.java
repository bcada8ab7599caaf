package org.pulseport.devices.headunit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pulseport.devices.transport.MountedVolume;

/**
 * Recognises a mounted directory as a head unit: a Garmin by its {@code Garmin/GarminDevice.xml} (the folders
 * come from that file, never assumed), a Wahoo ELEMNT by its {@code exports} folder (workouts go to
 * {@code plans}). Looks at the directory and at its immediate sub-folders, which is where an MTP mount (gvfs
 * {@code mtp:host=...}) puts the unit's storage. Folder names are matched without regard to case (FAT volumes).
 */
public final class HeadUnitProbe {

    static final String MTP_MARKER = "mtp:host=";
    private static final String GARMIN_XML = "Garmin/GarminDevice.xml";

    /** What a directory turned out to be. */
    public sealed interface Result {

        /** A head unit whose files Pulseport can read. */
        record Found(HeadUnit unit) implements Result {
        }

        /** A head unit is connected, but the OS shows none of its files: {@code advice} says what to do on it. */
        record AccessNeeded(HeadUnitKind kind, Path path, String advice) implements Result {
        }

        /** A head unit whose description cannot be read; {@code reason} says why. */
        record Unreadable(HeadUnitKind kind, Path path, String reason) implements Result {
        }

        /** Not a head unit. */
        record NotAHeadUnit(Path path) implements Result {
        }
    }

    public Result probe(Path directory) {
        List<Path> places = new ArrayList<>();
        places.add(directory);
        places.addAll(subdirectories(directory));
        for (Path place : places) {
            Optional<Result> unit = garmin(place).or(() -> wahoo(place));
            if (unit.isPresent()) {
                return unit.get();
            }
        }
        return lockedMtpUnit(directory).orElse(new Result.NotAHeadUnit(directory));
    }

    private Optional<Result> garmin(Path place) {
        Optional<Path> xml = find(place, GARMIN_XML);
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        GarminDeviceDescription description;
        try {
            description = GarminDeviceXml.parse(Files.readAllBytes(xml.get()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(new Result.Unreadable(HeadUnitKind.GARMIN, xml.get(),
                    "cannot read " + xml.get() + ": " + e.getMessage()));
        }
        return Optional.of(new Result.Found(new HeadUnit(HeadUnitKind.GARMIN, description.model(), description.unitId(),
                new MountedVolume(place), description.activityPath().map(p -> actualCase(place, p)),
                description.workoutInbox().map(p -> actualCase(place, p)), isMtp(place))));
    }

    private Optional<Result> wahoo(Path place) {
        Optional<Path> exports = find(place, "exports").filter(Files::isDirectory);
        String name = place.toString().toLowerCase(Locale.ROOT);
        boolean wahooNamed = name.contains("wahoo") || name.contains("elemnt");
        if (exports.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> plansFolder = find(place, "plans");
        if (!wahooNamed && plansFolder.isEmpty()) {
            return Optional.empty();
        }
        String plans = plansFolder.map(p -> place.relativize(p).toString()).orElse("plans");
        return Optional.of(new Result.Found(new HeadUnit(HeadUnitKind.WAHOO, wahooModel(name), unitName(place),
                new MountedVolume(place), Optional.of(place.relativize(exports.get()).toString()), Optional.of(plans),
                isMtp(place))));
    }

    /** An MTP mount named after a Garmin or Wahoo unit that shows no usable storage. */
    private static Optional<Result> lockedMtpUnit(Path directory) {
        String name = String.valueOf(directory.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.startsWith(MTP_MARKER)) {
            return Optional.empty();
        }
        if (name.contains("garmin") || name.contains("091e")) {
            return Optional.of(new Result.AccessNeeded(HeadUnitKind.GARMIN, directory, "The Garmin unit is connected"
                    + " over MTP but shows no Garmin folder. Unlock the unit and allow file access if it asks; if it"
                    + " has a USB Mode setting (Settings > System), choose MTP or Mass Storage. Then unplug it and"
                    + " plug it in again."));
        }
        if (name.contains("wahoo") || name.contains("elemnt")) {
            return Optional.of(new Result.AccessNeeded(HeadUnitKind.WAHOO, directory, "The Wahoo unit is connected but"
                    + " shares no files. Wake it, allow USB file transfer if it asks, and make sure it is not in"
                    + " charge-only mode; then unplug it and plug it in again. Pulseport reads its 'exports' folder"
                    + " and writes workouts to 'plans'."));
        }
        return Optional.empty();
    }

    private static String wahooModel(String name) {
        if (name.contains("bolt")) {
            return "ELEMNT BOLT";
        }
        if (name.contains("roam")) {
            return "ELEMNT ROAM";
        }
        return "ELEMNT";
    }

    /** The MTP host name of the mount (gvfs names it after the device and its serial), else the folder name. */
    private static String unitName(Path place) {
        for (Path p = place; p != null && p.getFileName() != null; p = p.getParent()) {
            String name = p.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).startsWith(MTP_MARKER)) {
                return name.substring(MTP_MARKER.length());
            }
        }
        return String.valueOf(place.getFileName());
    }

    private static boolean isMtp(Path place) {
        return place.toString().toLowerCase(Locale.ROOT).contains(MTP_MARKER);
    }

    /** A declared path spelled as it exists on the volume, where it exists (FAT is case-insensitive, tests are not). */
    private static String actualCase(Path root, String declared) {
        return find(root, declared).map(p -> root.relativize(p).toString().replace('\\', '/')).orElse(declared);
    }

    /** Resolves {@code relative} segment by segment, ignoring case. */
    static Optional<Path> find(Path root, String relative) {
        Path current = root;
        for (String segment : relative.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Path exact = current.resolve(segment);
            if (Files.exists(exact)) {
                current = exact;
                continue;
            }
            Optional<Path> match = entries(current).stream()
                    .filter(p -> p.getFileName().toString().equalsIgnoreCase(segment)).findFirst();
            if (match.isEmpty()) {
                return Optional.empty();
            }
            current = match.get();
        }
        return Optional.of(current);
    }

    private static List<Path> subdirectories(Path directory) {
        return entries(directory).stream().filter(Files::isDirectory).sorted().toList();
    }

    private static List<Path> entries(Path directory) {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        return entries;
    }
}
