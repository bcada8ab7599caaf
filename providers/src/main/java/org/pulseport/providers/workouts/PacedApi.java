package org.pulseport.providers.workouts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.pulseport.core.connector.RequestPermits;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.providers.http.BearerToken;
import org.pulseport.providers.http.JsonApi;
import org.pulseport.providers.http.RetryAfter;

/**
 * Requests of a workout destination, paced by the caller's {@link RequestPermits}: a permit before every request;
 * a 429 holds the key for the provider's delay (or 60 s); a successful answer whose {@code X-RateLimit-Remaining}
 * lists a 0 (Wahoo sends "day, hour, 5 min" counts) holds it until {@code X-RateLimit-Reset}.
 */
public final class PacedApi {

    static final Duration DEFAULT_DELAY = Duration.ofSeconds(60);

    private final JsonApi api;
    private final RetryAfter retryAfter;
    private final HttpUrl baseUrl;

    public PacedApi(JsonApi api, RetryAfter retryAfter, HttpUrl baseUrl) {
        this.api = api;
        this.retryAfter = retryAfter;
        this.baseUrl = baseUrl;
    }

    /** A URL below the API base, e.g. {@code url("v1/plans")}. */
    public HttpUrl.Builder url(String pathSegments) {
        return baseUrl.newBuilder().addPathSegments(pathSegments);
    }

    public JsonNode get(RequestPermits permits, String token, HttpUrl url) {
        return send(permits, request(token, url).get().build());
    }

    public JsonNode post(RequestPermits permits, String token, HttpUrl url, RequestBody body) {
        return send(permits, request(token, url).post(body).build());
    }

    public JsonNode put(RequestPermits permits, String token, HttpUrl url, RequestBody body) {
        return send(permits, request(token, url).put(body).build());
    }

    public JsonNode delete(RequestPermits permits, String token, HttpUrl url) {
        return send(permits, request(token, url).delete().build());
    }

    private static Request.Builder request(String token, HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", BearerToken.header(token))
                .header("Accept", "application/json");
    }

    private JsonNode send(RequestPermits permits, Request request) {
        permits.acquire();
        try {
            return api.exchange(request, headers -> exhausted(headers).ifPresent(permits::holdFor));
        } catch (PulseportException e) {
            if (e.error() instanceof PulseportError.RateLimited limited) {
                permits.holdFor(limited.retryAfter().orElse(DEFAULT_DELAY));
            }
            throw e;
        }
    }

    private Optional<Duration> exhausted(Headers headers) {
        String remaining = headers.get("X-RateLimit-Remaining");
        if (remaining == null || Arrays.stream(remaining.split(",")).map(String::trim).noneMatch("0"::equals)) {
            return Optional.empty();
        }
        return Optional.of(retryAfter.of(headers.get("Retry-After"), headers.get("X-RateLimit-Reset"))
                .filter(d -> !d.isZero()).orElse(DEFAULT_DELAY));
    }
}
