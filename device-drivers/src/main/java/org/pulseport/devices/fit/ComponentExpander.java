package org.pulseport.devices.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unpacks component fields (e.g. speed and distance from compressed_speed_distance, enhanced_speed from speed)
 * into physical values, accumulating where the profile says so. A target the message already defines itself
 * is left as defined.
 */
final class ComponentExpander {

    private static final int MAX_DEPTH = 3;

    private final Accumulators accumulators;

    ComponentExpander(Accumulators accumulators) {
        this.accumulators = accumulators;
    }

    /** Appends the fields the components of {@code fields} unpack to; {@code fields} must be mutable. */
    void expand(MessageProfile message, List<FitField> fields) {
        expand(message, fields, new ArrayList<>(fields), 0);
    }

    private void expand(MessageProfile message, List<FitField> all, List<FitField> sources, int depth) {
        Map<Integer, double[]> produced = new LinkedHashMap<>();
        for (FitField source : sources) {
            FieldProfile profile = message.field(source.number()).orElse(null);
            if (profile == null || !profile.hasComponents() || !source.isValid()) {
                continue;
            }
            BitSource bits = BitSource.of(rawOf(source, profile), source.type());
            for (ComponentProfile component : profile.components()) {
                if (!bits.has(component.bits())) {
                    break;
                }
                long value = bits.take(component.bits());
                if (component.accumulate()) {
                    value = accumulators.accumulate(message.number(), component.targetField(), value, component.bits());
                }
                produced.merge(component.targetField(), new double[] {value / component.scale() - component.offset()},
                        ComponentExpander::concat);
            }
        }
        List<FitField> added = new ArrayList<>();
        for (Map.Entry<Integer, double[]> entry : produced.entrySet()) {
            if (definedAlready(all, entry.getKey())) {
                continue;
            }
            FieldProfile target = message.field(entry.getKey()).orElseThrow();
            added.add(new FitField(target.number(), target.name(), target.type(),
                    new FieldValue.Floats(entry.getValue()), 1, 0, target.units(), FieldOrigin.COMPONENT));
        }
        all.addAll(added);
        if (!added.isEmpty() && depth < MAX_DEPTH) {
            expand(message, all, added, depth + 1);
        }
    }

    /** Component bits come from raw values; a field unpacked earlier holds physical values, so re-encode them. */
    private static FieldValue rawOf(FitField field, FieldProfile profile) {
        if (!(field.value() instanceof FieldValue.Floats)) {
            return field.value();
        }
        double[] physical = ((FieldValue.Floats) field.value()).values();
        long[] raw = new long[physical.length];
        for (int i = 0; i < physical.length; i++) {
            raw[i] = Math.round((physical[i] + profile.offset()) * profile.scale());
        }
        return new FieldValue.Integers(raw);
    }

    private static boolean definedAlready(List<FitField> fields, int number) {
        for (FitField field : fields) {
            if (field.number() == number) {
                return true;
            }
        }
        return false;
    }

    private static double[] concat(double[] first, double[] second) {
        double[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
