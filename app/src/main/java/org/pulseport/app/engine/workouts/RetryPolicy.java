package org.pulseport.app.engine.workouts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueUpdate;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.workout.sync.DestinationResult;

/**
 * The seed's error table as queue updates: success and "nothing to do" are processed; record_not_found and
 * auth_error are processed with their error (no retry); rate_limit retries after the provider's delay or 60 s
 * without using a retry; provider and unexpected errors retry after 2 min, 10 min and 1 h, and the fourth failure
 * is permanent (processed with {@code retry_count} 3). A waiting head unit keeps the entry pending.
 */
public final class RetryPolicy {

    public static final int MAX_RETRIES = 3;
    public static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1));
    public static final Duration DEFAULT_RATE_LIMIT_DELAY = Duration.ofSeconds(60);

    public QueueUpdate after(QueueEntry entry, DestinationResult result, Instant now) {
        int retries = entry.retryCount();
        if (result instanceof DestinationResult.Waiting waiting) {
            return new QueueUpdate(retries, null, null, waiting.reason(), null, now);
        }
        if (!(result instanceof DestinationResult.Failed failed)) {
            return new QueueUpdate(retries, null, null, null, now, now);
        }
        PulseportError error = failed.error();
        SyncErrorType type = SyncErrorType.of(error);
        switch (type) {
            case RATE_LIMIT:
                Duration delay = ((PulseportError.RateLimited) error).retryAfter().orElse(DEFAULT_RATE_LIMIT_DELAY);
                return new QueueUpdate(retries, now.plus(delay), type.code(), error.detail(), null, now);
            case RECORD_NOT_FOUND:
            case AUTH_ERROR:
                return new QueueUpdate(retries, null, type.code(), error.detail(), now, now);
            default:
                if (retries >= MAX_RETRIES) {
                    return new QueueUpdate(retries, null, type.code(), error.detail(), now, now);
                }
                return new QueueUpdate(retries + 1, now.plus(BACKOFF.get(retries)), type.code(), error.detail(), null, now);
        }
    }
}
