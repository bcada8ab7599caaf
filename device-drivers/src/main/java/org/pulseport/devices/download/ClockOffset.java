package org.pulseport.devices.download;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The device's clock as its owner sees it, against the computer's clock, measured at the start of a download.
 * Readings are corrected by this offset; a large offset is also worth telling the person (the device shows
 * wrong times, and alarms may fire at wrong times).
 */
public record ClockOffset(LocalDateTime deviceClock, ZonedDateTime computerClock) {

    /** Offsets beyond this are reported as a warning. */
    public static final Duration WARNING_THRESHOLD = Duration.ofMinutes(15);

    /** Device clock minus computer clock, both as local wall-clock time. */
    public Duration offset() {
        return Duration.between(computerClock.toLocalDateTime(), deviceClock);
    }

    public boolean exceedsWarningThreshold() {
        return offset().abs().compareTo(WARNING_THRESHOLD) > 0;
    }

    /** A message for the person when the offset is too large. */
    public Optional<String> warning() {
        if (!exceedsWarningThreshold()) {
            return Optional.empty();
        }
        long minutes = offset().toMinutes();
        return Optional.of("The device clock is " + Math.abs(minutes) + " minutes "
                + (minutes > 0 ? "ahead of" : "behind") + " this computer. Readings were corrected;"
                + " set the device clock to avoid wrong alarm times.");
    }
}
