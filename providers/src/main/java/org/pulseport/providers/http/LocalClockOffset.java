package org.pulseport.providers.http;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Derives a UTC offset from a pair of wall-clock readings of the same moment: the device's local display time
 * and the UTC system time (Dexcom displayTime/systemTime, LibreLinkUp Timestamp/FactoryTimestamp). The
 * difference is rounded to the nearest quarter hour, because receiver clocks drift by seconds to minutes
 * while every real time zone offset is a multiple of 15 minutes.
 */
public final class LocalClockOffset {

    private static final long QUARTER_HOUR_SECONDS = 15 * 60;
    private static final long MAX_OFFSET_SECONDS = 18 * 3600;

    private LocalClockOffset() {
    }

    public static ZoneOffset between(LocalDateTime local, LocalDateTime utc) {
        long seconds = Duration.between(utc, local).getSeconds();
        long rounded = Math.round((double) seconds / QUARTER_HOUR_SECONDS) * QUARTER_HOUR_SECONDS;
        if (Math.abs(rounded) > MAX_OFFSET_SECONDS) {
            throw new MalformedRecordException("local and UTC times differ by more than 18 hours");
        }
        return ZoneOffset.ofTotalSeconds((int) rounded);
    }
}
