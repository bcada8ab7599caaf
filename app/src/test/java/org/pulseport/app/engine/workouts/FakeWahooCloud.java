package org.pulseport.app.engine.workouts;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/** Just enough Wahoo Cloud API for the queue: plans by external id and calendar workouts by token, kept in memory. */
final class FakeWahooCloud extends Dispatcher {

    final Map<String, Integer> plans = new LinkedHashMap<>();
    final Map<String, Integer> workouts = new LinkedHashMap<>();
    final AtomicInteger creates = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger(100);

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        String method = request.getMethod();
        if (path.equals("/v1/plans") && method.equals("GET")) {
            Integer id = plans.get(request.getRequestUrl().queryParameter("external_id"));
            return json(id == null ? "[]" : "[{\"id\": " + id + ", \"external_id\": \""
                    + request.getRequestUrl().queryParameter("external_id") + "\"}]");
        }
        if (path.equals("/v1/workouts") && method.equals("GET")) {
            StringBuilder list = new StringBuilder();
            workouts.forEach((token, id) -> list.append(list.length() == 0 ? "" : ",")
                    .append("{\"id\": ").append(id).append(", \"workout_token\": \"").append(token).append("\"}"));
            return json("{\"workouts\": [" + list + "]}");
        }
        if (method.equals("POST")) {
            creates.incrementAndGet();
            Map<String, String> form = form(request);
            int id = ids.incrementAndGet();
            if (path.equals("/v1/plans")) {
                plans.put(form.get("plan[external_id]"), id);
            } else {
                workouts.put(form.get("workout[workout_token]"), id);
            }
            return json("{\"id\": " + id + "}");
        }
        if (method.equals("PUT")) {
            return json("{\"id\": " + path.substring(path.lastIndexOf('/') + 1) + "}");
        }
        return new MockResponse().setResponseCode(204);
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBody().readUtf8().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
