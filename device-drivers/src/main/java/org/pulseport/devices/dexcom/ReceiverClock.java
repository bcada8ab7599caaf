package org.pulseport.devices.dexcom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Converts receiver times to UTC. Receivers count seconds since 2009-01-01T00:00:00 on a system clock that the
 * owner never sets (but that drifts or was never right), and show "display time" = system time + a display
 * offset the owner sets. Pulseport measures how far the system clock is from the computer's UTC clock at each
 * download and shifts every record by that much; it also measures how far the display clock is from the
 * computer's local time, so a wrong display clock does not distort the recorded UTC offsets.
 */
public record ReceiverClock(Duration systemClockOffset, Duration displayClockError) {

    /** Second zero of receiver time. */
    public static final Instant EPOCH = Instant.parse("2009-01-01T00:00:00Z");

    private static final long QUARTER_HOUR = 15 * 60;
    private static final long MAX_ZONE_SECONDS = 18 * 3600;

    /**
     * Compares the receiver's system time and display offset, read at {@code computerNow}, with the computer's
     * clock in {@code computerZone}.
     */
    public static ReceiverClock measure(long receiverSystemSeconds, long displayOffsetSeconds, Instant computerNow,
                                        ZoneId computerZone) {
        Duration systemOffset = Duration.between(computerNow, EPOCH.plusSeconds(receiverSystemSeconds));
        LocalDateTime computerLocal = LocalDateTime.ofInstant(computerNow, computerZone);
        Duration displayError = Duration.between(computerLocal, displayTime(receiverSystemSeconds, displayOffsetSeconds));
        return new ReceiverClock(systemOffset, displayError);
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
     * less today's display clock error, rounded to the quarter hour; {@code fallback} when implausible.
     */
    public ZoneOffset utcOffset(long systemSeconds, long displaySeconds, ZoneOffset fallback) {
        long seconds = displaySeconds - systemSeconds + systemClockOffset.getSeconds() - displayClockError.getSeconds();
        long rounded = Math.round((double) seconds / QUARTER_HOUR) * QUARTER_HOUR;
        if (Math.abs(rounded) > MAX_ZONE_SECONDS) {
            return fallback;
        }
        return ZoneOffset.ofTotalSeconds((int) rounded);
    }
}
