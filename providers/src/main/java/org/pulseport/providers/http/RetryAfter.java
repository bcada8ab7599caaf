package org.pulseport.providers.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Response;

/**
 * Reads how long a provider asked us to wait after a 429: the standard {@code Retry-After} header (seconds or
 * an HTTP date) or, failing that, {@code X-RateLimit-Reset} (seconds until the window resets, or an epoch
 * second when the number is that large).
 */
public final class RetryAfter {

    /** Values above this are epoch seconds, not a delay (no provider asks for a 30-year wait). */
    private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

    private final Clock clock;

    public RetryAfter(Clock clock) {
        this.clock = clock;
    }

    public Optional<Duration> of(Response response) {
        return of(response.header("Retry-After"), response.header("X-RateLimit-Reset"));
    }

    /** The delay from the two header values (either may be {@code null}), {@code Retry-After} first. */
    public Optional<Duration> of(String retryAfter, String rateLimitReset) {
        return parse(retryAfter).or(() -> parse(rateLimitReset));
    }

    private Optional<Duration> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            long number = (long) Math.ceil(Double.parseDouble(value));
            if (number >= EPOCH_SECONDS_THRESHOLD) {
                return nonNegative(Duration.between(clock.instant(), Instant.ofEpochSecond(number)));
            }
            return nonNegative(Duration.ofSeconds(number));
        } catch (NumberFormatException notANumber) {
            return httpDate(value);
        }
    }

    private Optional<Duration> httpDate(String value) {
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return nonNegative(Duration.between(clock.instant(), at));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> nonNegative(Duration duration) {
        return Optional.of(duration.isNegative() ? Duration.ZERO : duration);
    }
}
