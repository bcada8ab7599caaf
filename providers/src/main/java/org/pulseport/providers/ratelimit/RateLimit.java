package org.pulseport.providers.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** At most {@code requests} requests per {@code period} (a token bucket refilled evenly over the period). */
public record RateLimit(long requests, Duration period) {

    /** The seed's default: 30 requests per minute. */
    public static final RateLimit DEFAULT = perMinute(30);

    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (requests < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit allows at least one request per positive period, got "
                    + requests + " per " + period);
        }
    }

    public static RateLimit perMinute(long requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }

    @Override
    public String toString() {
        return requests + " requests per " + period.toSeconds() + " s";
    }
}
