package org.pulseport.devices.dexcom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Converts receiver times to UTC. Receivers count seconds since 2009-01-01T00:00:00 on a system clock that the
 * owner never sets (but that drifts or was never right), and show "display time" = system time + a display
 * offset the owner sets. Pulseport measures how far the system clock is from the computer's UTC clock at each
 * download and shifts every record by that much.
 */
public record ReceiverClock(Duration systemClockOffset) {

    /** Second zero of receiver time. */
    public static final Instant EPOCH = Instant.parse("2009-01-01T00:00:00Z");

    private static final long QUARTER_HOUR = 15 * 60;
    private static final long MAX_ZONE_SECONDS = 18 * 3600;

    /** The offset between a receiver system time read at {@code computerNow} and that instant. */
    public static ReceiverClock measure(long receiverSystemSeconds, Instant computerNow) {
        return new ReceiverClock(Duration.between(computerNow, EPOCH.plusSeconds(receiverSystemSeconds)));
    }

    /** When a record stamped {@code systemSeconds} really happened. */
    public Instant toUtc(long systemSeconds) {
        return EPOCH.plusSeconds(systemSeconds).minus(systemClockOffset);
    }

    /** Receiver seconds for a real instant; the simulator's inverse of {@link #toUtc}. */
    public long toSystemSeconds(Instant utc) {
        return Duration.between(EPOCH, utc.plus(systemClockOffset)).getSeconds();
    }

    /** The display clock as wall-clock time. */
    public static LocalDateTime displayTime(long systemSeconds, long displayOffsetSeconds) {
        return LocalDateTime.ofEpochSecond(EPOCH.getEpochSecond() + systemSeconds + displayOffsetSeconds, 0,
                ZoneOffset.UTC);
    }

    /**
     * The UTC offset the owner's display clock was set to when the record was written: display minus true UTC,
     * rounded to the quarter hour (absorbing small display clock errors); {@code fallback} when implausible.
     */
    public ZoneOffset utcOffset(long systemSeconds, long displaySeconds, ZoneOffset fallback) {
        long seconds = displaySeconds - systemSeconds + systemClockOffset.getSeconds();
        long rounded = Math.round((double) seconds / QUARTER_HOUR) * QUARTER_HOUR;
        if (Math.abs(rounded) > MAX_ZONE_SECONDS) {
            return fallback;
        }
        return ZoneOffset.ofTotalSeconds((int) rounded);
    }
}
