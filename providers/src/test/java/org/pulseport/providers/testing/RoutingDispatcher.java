package org.pulseport.providers.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Answers MockWebServer requests by path (and optionally one query parameter), so tests do not depend on the
 * order in which a connector visits its collections. Unrouted requests get the fallback response.
 */
public final class RoutingDispatcher extends Dispatcher {

    private record Route(Predicate<RecordedRequest> matches, MockResponse response) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final MockResponse fallback;

    public RoutingDispatcher(MockResponse fallback) {
        this.fallback = fallback;
    }

    /** Serves {@code response} for every request to {@code path}. */
    public RoutingDispatcher on(String path, MockResponse response) {
        routes.add(new Route(request -> path.equals(request.getRequestUrl().encodedPath()), response));
        return this;
    }

    /** Serves {@code response} for requests to {@code path} whose query parameter {@code name} is {@code value}. */
    public RoutingDispatcher on(String path, String name, String value, MockResponse response) {
        routes.add(0, new Route(request -> {
            HttpUrl url = request.getRequestUrl();
            return path.equals(url.encodedPath()) && value.equals(url.queryParameter(name));
        }, response));
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        return routes.stream().filter(route -> route.matches().test(request)).findFirst()
                .map(Route::response).orElse(fallback);
    }
}
