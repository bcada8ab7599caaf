package org.pulseport.app.notify.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * How often and when a failed delivery is tried again: after attempt n (1-based) wait
 * {@code firstDelay · factor^(n-1)}, for at most {@code maxRetries} retries.
 */
public record WebhookRetryPolicy(int maxRetries, Duration firstDelay, int factor) {

    /** 5 retries after 1, 3, 9, 27 and 81 minutes (about two hours in all). */
    public static final WebhookRetryPolicy DEFAULT = new WebhookRetryPolicy(5, Duration.ofMinutes(1), 3);
    /** One attempt only (the "test" command). */
    public static final WebhookRetryPolicy NO_RETRIES = new WebhookRetryPolicy(0, Duration.ZERO, 1);

    /** The wait before the next attempt after {@code attempt} failed; empty when no retry is left. */
    public Optional<Duration> delayAfter(int attempt) {
        if (attempt > maxRetries) {
            return Optional.empty();
        }
        return Optional.of(firstDelay.multipliedBy((long) Math.pow(factor, attempt - 1)));
    }
}
