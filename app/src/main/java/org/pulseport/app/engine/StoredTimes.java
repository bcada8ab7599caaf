package org.pulseport.app.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The times of readings already stored for a device source in the overlap of a new download. A device's
 * readings are shifted by the clock offset measured at each download, and that measurement varies by a second
 * or so between downloads (the device clock ticks in whole seconds) and drifts slowly; so a reading downloaded
 * again can come out a little off its stored time. {@link #snap} moves it onto the stored time when one lies
 * within {@link #TOLERANCE}, so the idempotent store recognises it as already stored.
 */
final class StoredTimes {

    /** Well below the 5-minute spacing of CGM readings, well above measuring jitter and weeks of clock drift. */
    static final Duration TOLERANCE = Duration.ofSeconds(60);

    private final long[] micros;

    StoredTimes(List<Instant> stored) {
        micros = stored.stream().mapToLong(StoredTimes::micros).sorted().toArray();
    }

    static StoredTimes none() {
        return new StoredTimes(List.of());
    }

    /** The stored time nearest to {@code at} if it is within the tolerance, else {@code at} itself. */
    Instant snap(Instant at) {
        if (micros.length == 0) {
            return at;
        }
        long target = micros(at);
        int index = java.util.Arrays.binarySearch(micros, target);
        if (index >= 0) {
            return at;
        }
        int after = -index - 1;
        long best = Long.MAX_VALUE;
        long nearest = 0;
        for (int i = Math.max(0, after - 1); i <= Math.min(micros.length - 1, after); i++) {
            long distance = Math.abs(micros[i] - target);
            if (distance < best) {
                best = distance;
                nearest = micros[i];
            }
        }
        return best <= TOLERANCE.toNanos() / 1000 ? Instant.ofEpochSecond(Math.floorDiv(nearest, 1_000_000L), Math.floorMod(nearest, 1_000_000L) * 1000) : at;
    }

    private static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
    }
}
