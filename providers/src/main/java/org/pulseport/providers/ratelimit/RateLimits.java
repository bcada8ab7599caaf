package org.pulseport.providers.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.pulseport.providers.http.ProviderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request limits per provider (each applies per profile) and how long a caller may wait for a permit before
 * the request is deferred as rate limited instead.
 */
public record RateLimits(RateLimit fallback, Map<String, RateLimit> perProvider, Duration maxWait) {

    /** How long one request may wait for its permit before it is deferred (the seed's default rate-limit delay). */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);

    public RateLimits {
        Objects.requireNonNull(fallback, "fallback");
        perProvider = Map.copyOf(perProvider);
        Objects.requireNonNull(maxWait, "maxWait");
    }

    /** 30 requests per minute for every provider. */
    public static RateLimits defaults() {
        return new RateLimits(RateLimit.DEFAULT, Map.of(), DEFAULT_MAX_WAIT);
    }

    /**
     * The defaults, with {@code PULSEPORT_<PROVIDER>_REQUESTS_PER_MINUTE} overriding a provider's limit (provider ids
     * upper-cased, {@code -} as {@code _}); an unreadable value is logged and ignored.
     */
    public static RateLimits fromEnvironment(Iterable<String> providers, Map<String, String> env) {
        Map<String, RateLimit> limits = new java.util.HashMap<>();
        for (String provider : providers) {
            String variable = ProviderSettings.environmentPrefix(provider.replace('-', '_')) + "REQUESTS_PER_MINUTE";
            ProviderSettings.value(env, variable).ifPresent(value -> {
                try {
                    limits.put(provider, RateLimit.perMinute(Long.parseLong(value)));
                } catch (IllegalArgumentException e) {
                    LOG.error("{}='{}' is not a positive whole number; using {}", variable, value, RateLimit.DEFAULT);
                }
            });
        }
        return new RateLimits(RateLimit.DEFAULT, limits, DEFAULT_MAX_WAIT);
    }

    /** The limit of one provider. */
    public RateLimit of(String provider) {
        return perProvider.getOrDefault(provider, fallback);
    }
}
