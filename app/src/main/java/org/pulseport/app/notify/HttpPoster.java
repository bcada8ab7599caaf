package org.pulseport.app.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs a body to a URL with a time limit and reports the outcome without throwing: the one HTTP path of
 * webhooks and the webhook-style notification channels. URLs are never put into outcomes (Slack, Discord and
 * Teams URLs carry their secret token).
 */
public final class HttpPoster {

    /** The time limit of one POST, connecting included. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final int EXCERPT_LENGTH = 300;

    private final HttpClient client;
    private final Duration timeout;

    public HttpPoster(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpOutcome post(URI url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpOutcome.Responded(response.statusCode(), excerpt(response.body()), since(start));
        } catch (HttpTimeoutException e) {
            return new HttpOutcome.Unreachable("no response within " + timeout.toSeconds() + " s", since(start));
        } catch (IOException e) {
            return new HttpOutcome.Unreachable("cannot reach the server: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HttpOutcome.Unreachable("interrupted while sending", since(start));
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
    }
}
