package org.pulseport.devices.fit;

/**
 * One component packed into a field's raw value: {@code bits} bits (taken least significant first, after the
 * components before it) that become {@code bits / scale - offset} in field {@code targetField}.
 * Accumulating components count up across messages and survive roll-over of their narrow bit width.
 */
public record ComponentProfile(int targetField, int bits, double scale, double offset, boolean accumulate) {

    public ComponentProfile {
        if (bits < 1 || bits > 32) {
            throw new IllegalArgumentException("component width must be 1..32 bits, got " + bits);
        }
    }
}
