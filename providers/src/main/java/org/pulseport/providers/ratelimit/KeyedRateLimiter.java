package org.pulseport.providers.ratelimit;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pulseport.core.connector.RequestPermits;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;

/**
 * One Bucket4j token bucket per (profile, provider), sized by {@link RateLimits}: a request takes a token, and
 * when the bucket is empty the caller parks until the next token is due. A provider's "window exhausted" answer
 * (429, {@code Retry-After}, {@code X-RateLimit-Reset}) holds the key until then. A wait longer than
 * {@link RateLimits#maxWait()} is not parked but thrown as a rate-limit error carrying the delay, so the queue can
 * defer the operation rather than block a worker for minutes.
 *
 * <p>Time and parking are injectable ({@link TimeMeter}, {@link BlockingStrategy}) so tests run on a fake clock.
 */
public final class KeyedRateLimiter {

    private record Key(long profileId, String provider) {
    }

    private final RateLimits limits;
    private final TimeMeter time;
    private final BlockingStrategy blocking;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<Key, Long> heldUntilNanos = new ConcurrentHashMap<>();

    public KeyedRateLimiter(RateLimits limits, TimeMeter time, BlockingStrategy blocking) {
        this.limits = limits;
        this.time = time;
        this.blocking = blocking;
    }

    /** On the system clock, parking the calling thread. */
    public static KeyedRateLimiter system(RateLimits limits) {
        return new KeyedRateLimiter(limits, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    /** The permits of one (profile, provider). */
    public RequestPermits permits(long profileId, String provider) {
        Key key = new Key(profileId, provider);
        return new RequestPermits() {
            @Override
            public void acquire() {
                KeyedRateLimiter.this.acquire(key);
            }

            @Override
            public void holdFor(Duration delay) {
                heldUntilNanos.merge(key, time.currentTimeNanos() + delay.toNanos(), Math::max);
            }
        };
    }

    private void acquire(Key key) {
        try {
            waitForHold(key);
            Bucket bucket = buckets.computeIfAbsent(key, this::newBucket);
            if (!bucket.asBlocking().tryConsume(1, limits.maxWait(), blocking)) {
                long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                throw limited(key, Duration.ofNanos(nanos));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PulseportException(new PulseportError.UnexpectedError(
                    "interrupted while waiting for a " + key.provider() + " request permit"), e);
        }
    }

    private void waitForHold(Key key) throws InterruptedException {
        Long until = heldUntilNanos.get(key);
        if (until == null) {
            return;
        }
        long remaining = until - time.currentTimeNanos();
        if (remaining > limits.maxWait().toNanos()) {
            throw limited(key, Duration.ofNanos(remaining));
        }
        if (remaining > 0) {
            blocking.park(remaining);
        }
        heldUntilNanos.remove(key, until);
    }

    private Bucket newBucket(Key key) {
        RateLimit limit = limits.of(key.provider());
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .withCustomTimePrecision(time)
                .build();
    }

    private static PulseportException limited(Key key, Duration wait) {
        Duration seconds = Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000));
        return new PulseportException(new PulseportError.RateLimited(java.util.Optional.of(seconds),
                key.provider() + " request budget of profile " + key.profileId() + " is used up for "
                        + seconds.toSeconds() + " s"));
    }
}
