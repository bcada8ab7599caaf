package org.pulseport.app.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pulseport.devices.dexcom.DexcomDownloader;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.hotplug.DeviceIdentifier;
import org.pulseport.devices.libre.LibreDownloader;

/**
 * The device drivers installed in this application, by family. A new driver is registered in
 * {@link #installed()} (see docs/connector-recipe.md).
 */
public final class DeviceDrivers {

    /** Names accepted for {@code --family} on the command line, and the family each stands for. */
    private static final Map<String, DeviceFamily> CLI_NAMES = Map.of(
            "dexcom", DeviceFamily.DEXCOM_RECEIVER,
            "dexcom-g4", DeviceFamily.DEXCOM_RECEIVER,
            "dexcom-g5", DeviceFamily.DEXCOM_RECEIVER,
            "dexcom-g6", DeviceFamily.DEXCOM_RECEIVER,
            "libre", DeviceFamily.LIBRE_READER);

    private final Map<DeviceFamily, DeviceDriver> drivers = new EnumMap<>(DeviceFamily.class);

    public DeviceDrivers(Collection<DeviceDriver> available) {
        available.forEach(d -> drivers.put(d.family(), d));
    }

    /** The Dexcom G4/G5/G6 receiver and the FreeStyle Libre (original) reader. */
    public static DeviceDrivers installed() {
        return new DeviceDrivers(List.of(
                new DeviceDriver(DeviceFamily.DEXCOM_RECEIVER, new DexcomDownloader(), DeviceIdentifier::dexcomSerial),
                new DeviceDriver(DeviceFamily.LIBRE_READER, new LibreDownloader(), DeviceIdentifier::libreSerial)));
    }

    public Optional<DeviceDriver> find(DeviceFamily family) {
        return Optional.ofNullable(drivers.get(family));
    }

    public Map<DeviceFamily, DeviceDriver> all() {
        return Map.copyOf(drivers);
    }

    /** The stable code of a family, e.g. {@code dexcom-receiver}: connector id of its sources, family in devices. */
    public static String code(DeviceFamily family) {
        return family.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The family with this {@link #code}, if it is one Pulseport knows. */
    public static Optional<DeviceFamily> fromCode(String code) {
        return Arrays.stream(DeviceFamily.values()).filter(f -> code(f).equals(code)).findFirst();
    }

    /** A family as named on the command line ({@code dexcom-g4}, {@code dexcom-g5}, {@code dexcom-g6}, {@code libre}). */
    public static Optional<DeviceFamily> fromCliName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(CLI_NAMES.get(key)).or(() -> fromCode(key));
    }

    /** The command-line family names, for usage messages. */
    public static String cliNames() {
        return CLI_NAMES.keySet().stream().sorted().collect(Collectors.joining(", "));
    }
}
