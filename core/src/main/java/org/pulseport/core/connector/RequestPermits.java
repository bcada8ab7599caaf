package org.pulseport.core.connector;

import java.time.Duration;

/**
 * Paces the requests one client sends for one (profile, provider): {@link #acquire()} before every request, and
 * {@link #holdFor(Duration)} when the provider says its window is used up. Implementations may block; when the
 * wait would be too long they throw a {@code PulseportException} carrying a rate-limit error instead.
 */
public interface RequestPermits {

    /** Waits until one more request may be sent. */
    void acquire();

    /** Sends no request for this key until {@code delay} has passed (the provider's window is exhausted). */
    void holdFor(Duration delay);

    /** No pacing at all (tests, local destinations). */
    static RequestPermits unlimited() {
        return new RequestPermits() {
            @Override
            public void acquire() {
            }

            @Override
            public void holdFor(Duration delay) {
            }
        };
    }
}
