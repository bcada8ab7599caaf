package org.pulseport.devices.fit;

/** FIT positions are semicircles: 2^31 semicircles are 180 degrees. */
final class Semicircles {

    private static final double PER_180_DEGREES = 2147483648.0;

    private Semicircles() {
    }

    static double toDegrees(long semicircles) {
        return semicircles * 180.0 / PER_180_DEGREES;
    }

    static long fromDegrees(double degrees) {
        return Math.round(degrees * PER_180_DEGREES / 180.0);
    }
}
