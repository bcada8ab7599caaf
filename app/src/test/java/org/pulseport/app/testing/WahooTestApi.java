package org.pulseport.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The Wahoo Cloud API on MockWebServer, as much as the workout queue and a disconnect use: plan lookup by
 * external id (none yet), plan creation, and {@code DELETE /v1/permissions}; access tokens can be made to fail
 * with 401. Records every request.
 */
public final class WahooTestApi implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ids = new AtomicInteger(5500);

    public WahooTestApi() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                if (rejected.stream().anyMatch(token -> ("Bearer " + token).equals(request.getHeader("Authorization")))) {
                    return json(401, "{\"error\":\"Unauthorized\"}");
                }
                String path = request.getRequestUrl().encodedPath();
                if (path.equals("/v1/plans") && request.getMethod().equals("GET")) {
                    return json(200, "[]");
                }
                if (path.equals("/v1/plans") && request.getMethod().equals("POST")) {
                    return json(200, "{\"id\": " + ids.incrementAndGet() + "}");
                }
                if (path.equals("/v1/permissions") && request.getMethod().equals("DELETE")) {
                    return json(200, "{\"success\": true}");
                }
                return json(404, "{\"error\":\"Not Found\"}");
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return server.url("/").toString();
    }

    /** From now on the API answers 401 to this access token. */
    public void reject(String accessToken) {
        rejected.add(accessToken);
    }

    /** The requests received, in order, as "METHOD /path". */
    public List<String> calls() {
        return requests.stream().map(r -> r.getMethod() + " " + r.getRequestUrl().encodedPath()).toList();
    }

    /** The bearer token of every request, in order. */
    public List<String> bearerTokens() {
        return requests.stream().map(r -> String.valueOf(r.getHeader("Authorization")).replaceFirst("^Bearer ", "")).toList();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
