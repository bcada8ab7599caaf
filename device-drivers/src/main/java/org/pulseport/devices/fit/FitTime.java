package org.pulseport.devices.fit;

import java.time.Instant;

/**
 * FIT date_time values: seconds since 1989-12-31T00:00:00Z. Values below 0x10000000 are not dates but seconds
 * since the device powered up.
 */
public final class FitTime {

    /** The FIT epoch as Unix seconds. */
    public static final long FIT_EPOCH_UNIX_SECONDS = 631_065_600L;
    /** Values below this are relative (system) time, not dates. */
    public static final long MIN_ABSOLUTE = 0x10000000L;

    private FitTime() {
    }

    public static Instant toInstant(long fitSeconds) {
        return Instant.ofEpochSecond(fitSeconds + FIT_EPOCH_UNIX_SECONDS);
    }

    public static long toFit(Instant instant) {
        return instant.getEpochSecond() - FIT_EPOCH_UNIX_SECONDS;
    }

    public static boolean isAbsolute(long fitSeconds) {
        return fitSeconds >= MIN_ABSOLUTE;
    }
}
