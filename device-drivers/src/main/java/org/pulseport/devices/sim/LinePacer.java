package org.pulseport.devices.sim;

import java.util.concurrent.locks.LockSupport;

/**
 * Holds a simulator's replies to a line rate, so transfers take as long as they would on the real link.
 * A rate of 0 means no pacing.
 */
final class LinePacer {

    private final long bytesPerSecond;
    private long startNanos;
    private long bytesSinceStart;

    LinePacer(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Marks the start of a reply; pacing is per reply so idle time between requests is not "saved up". */
    void startReply() {
        startNanos = System.nanoTime();
        bytesSinceStart = 0;
    }

    /** Waits until {@code bytes} more may leave at the line rate. */
    void pace(int bytes) {
        if (bytesPerSecond <= 0) {
            return;
        }
        bytesSinceStart += bytes;
        long due = startNanos + bytesSinceStart * 1_000_000_000L / bytesPerSecond;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
