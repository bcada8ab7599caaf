package org.pulseport.providers.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request to a provider and returns its JSON body, or throws a {@link PulseportException} carrying
 * the classified error. The one place where provider HTTP calls happen, so every connector shares timeouts,
 * error classification and safe logging (method, path and status only).
 */
public final class JsonApi {

    private static final Logger LOG = LoggerFactory.getLogger(JsonApi.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final String provider;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final ResponseClassifier classifier;

    public JsonApi(String provider, OkHttpClient http, ObjectMapper json, ResponseClassifier classifier) {
        this.provider = provider;
        this.http = http;
        this.json = json;
        this.classifier = classifier;
    }

    /** The usual wiring: a new OkHttp client with these timeouts, a plain object mapper, the system clock. */
    public static JsonApi create(String provider, HttpTimeouts timeouts) {
        return new JsonApi(provider, timeouts.newClient(), new ObjectMapper(),
                new ResponseClassifier(provider, new RetryAfter(Clock.systemUTC())));
    }

    /** GET {@code url}; {@code requiredScope} names the OAuth scope a 403 would be about. */
    public JsonNode get(HttpUrl url, Headers headers, Optional<String> requiredScope) {
        return execute(new Request.Builder().url(url).headers(headers).get().build(), requiredScope);
    }

    /** POST a JSON body to {@code url}. */
    public JsonNode post(HttpUrl url, Headers headers, JsonNode body) {
        return execute(new Request.Builder().url(url).headers(headers).post(jsonBody(body)).build(), Optional.empty());
    }

    /**
     * Sends any request (PUT, DELETE, form posts) and returns its JSON body (a null node when empty);
     * {@code onHeaders} sees the response headers first, answered or refused (rate-limit bookkeeping).
     */
    public JsonNode exchange(Request request, Consumer<Headers> onHeaders) {
        return execute(request, Optional.empty(), onHeaders);
    }

    /** A JSON request body. */
    public static RequestBody jsonBody(JsonNode body) {
        return RequestBody.create(body.toString(), JSON);
    }

    public ObjectMapper mapper() {
        return json;
    }

    private JsonNode execute(Request request, Optional<String> requiredScope) {
        return execute(request, requiredScope, headers -> { });
    }

    private JsonNode execute(Request request, Optional<String> requiredScope, Consumer<Headers> onHeaders) {
        String path = request.url().encodedPath();
        try (Response response = http.newCall(request).execute()) {
            LOG.debug("{} {} {} -> {}", provider, request.method(), path, response.code());
            onHeaders.accept(response.headers());
            if (!response.isSuccessful()) {
                throw new PulseportException(classifier.classify(response, path, requiredScope));
            }
            return parse(response.body(), path);
        } catch (IOException failure) {
            throw new PulseportException(classifier.network(failure, path), failure);
        }
    }

    private JsonNode parse(ResponseBody body, String path) throws IOException {
        String text = body == null ? "" : body.string();
        if (text.isBlank()) {
            return json.nullNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException unreadable) {
            throw new PulseportException(new PulseportError.ProviderError(
                    provider + " sent a body that is not JSON for " + path));
        }
    }
}
