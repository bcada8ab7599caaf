package org.pulseport.core.workout;

/** How hard a step is meant to be; head units colour and count steps by it. */
public enum Intensity {
    WARMUP,
    ACTIVE,
    REST,
    COOLDOWN,
    RECOVERY
}
