package org.pulseport.app.store;

import java.time.Instant;

/** The new state of a queue entry after an attempt ({@code processedAt} null = stays pending). */
public record QueueUpdate(int retryCount, Instant nextRetryAt, String errorType, String errorMessage,
                          Instant processedAt, Instant attemptAt) {
}
