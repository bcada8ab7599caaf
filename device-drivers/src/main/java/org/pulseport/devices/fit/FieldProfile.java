package org.pulseport.devices.fit;

import java.util.List;

/**
 * What the FIT profile says about one field of one message: its name, base type, how to scale it to physical
 * units and which components it packs. {@code accumulated} marks a field whose explicit values reset the
 * accumulator its components count in.
 */
public record FieldProfile(
        int number,
        String name,
        FitBaseType type,
        double scale,
        double offset,
        String units,
        boolean accumulated,
        List<ComponentProfile> components) {

    public FieldProfile {
        components = List.copyOf(components);
    }

    /** A field the profile does not describe: kept raw under a name made from its number. */
    public static FieldProfile unknown(int number, FitBaseType wireType) {
        return new FieldProfile(number, "unknown_" + number, wireType, 1, 0, "", false, List.of());
    }

    public boolean hasComponents() {
        return !components.isEmpty();
    }
}
