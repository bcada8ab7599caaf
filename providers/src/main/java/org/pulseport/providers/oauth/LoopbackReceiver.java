package org.pulseport.providers.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The redirect target of a desktop OAuth2 sign-in (RFC 8252 §7.3): a one-shot HTTP listener on 127.0.0.1 at an
 * ephemeral port, which captures the first callback's query parameters and tells the user to return to the
 * app. Closing it stops the listener.
 */
public final class LoopbackReceiver implements AutoCloseable {

    /** The path of the redirect URI. */
    public static final String CALLBACK_PATH = "/callback";

    private static final String LOOPBACK_IP = "127.0.0.1";

    private final HttpServer server;
    private final CompletableFuture<AuthorizationResponse> response = new CompletableFuture<>();

    private LoopbackReceiver(HttpServer server) {
        this.server = server;
    }

    /** Starts listening on 127.0.0.1 at a port the operating system picks. */
    public static LoopbackReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK_IP), 0), 0);
        LoopbackReceiver receiver = new LoopbackReceiver(server);
        server.createContext(CALLBACK_PATH, receiver::handle);
        server.start();
        return receiver;
    }

    /** The redirect URI to register in the authorization request, e.g. {@code http://127.0.0.1:53121/callback}. */
    public URI redirectUri() {
        return URI.create("http://" + LOOPBACK_IP + ":" + server.getAddress().getPort() + CALLBACK_PATH);
    }

    /** Waits for the browser to arrive at the redirect URI. */
    public AuthorizationResponse await(Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("the loopback response is never completed exceptionally", impossible);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) || !CALLBACK_PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            AuthorizationResponse received = new AuthorizationResponse(query(exchange.getRequestURI().getRawQuery()));
            boolean first = response.complete(received);
            String message = !first ? "This sign-in was already handled."
                    : received.error().isPresent() ? "Sign-in was not completed. You can close this tab."
                    : "Sign-in complete. You can close this tab and return to Pulseport.";
            byte[] page = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Pulseport</title></head>"
                    + "<body><p>" + message + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }
}
