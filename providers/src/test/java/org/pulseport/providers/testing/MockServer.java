package org.pulseport.providers.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A MockWebServer started before and shut down after each test ({@code @RegisterExtension}). */
public final class MockServer implements BeforeEachCallback, AfterEachCallback {

    private MockWebServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.shutdown();
    }

    public void setDispatcher(Dispatcher dispatcher) {
        server.setDispatcher(dispatcher);
    }

    public HttpUrl url(String path) {
        return server.url(path);
    }

    /** The server's root URL without the trailing slash, as an API base URL setting. */
    public String baseUrl() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    public int getRequestCount() {
        return server.getRequestCount();
    }

    public RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest();
    }

    /** All requests received so far, in order. */
    public List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> recorded = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            recorded.add(server.takeRequest());
        }
        return recorded;
    }
}
