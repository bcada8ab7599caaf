package org.pulseport.devices.fit;

import java.util.HashMap;
import java.util.Map;

/**
 * A two-way table between a Pulseport enum and the numbers of a FIT enum type. Every constant must have a
 * number; FIT numbers without a constant read as {@code fallback}.
 */
final class FitEnumCodes<E extends Enum<E>> {

    private final Map<E, Integer> codes;
    private final Map<Long, E> constants = new HashMap<>();
    private final E fallback;

    FitEnumCodes(Class<E> type, Map<E, Integer> codes, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (!codes.containsKey(constant)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + constant + " has no FIT number");
            }
        }
        this.codes = Map.copyOf(codes);
        this.fallback = fallback;
        codes.forEach((constant, code) -> constants.put((long) code, constant));
    }

    int code(E constant) {
        return codes.get(constant);
    }

    E constant(long code) {
        return constants.getOrDefault(code, fallback);
    }
}
