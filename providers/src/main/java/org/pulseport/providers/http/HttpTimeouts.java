package org.pulseport.providers.http;

import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Connect, read and whole-call timeouts of the HTTP clients talking to providers. Production uses 30 s each;
 * tests inject short ones so a stalled server fails fast without sleeping.
 */
public record HttpTimeouts(Duration connect, Duration read, Duration call) {

    /** 30 s connect, read and call timeouts. */
    public static final HttpTimeouts STANDARD =
            new HttpTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));

    public HttpTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(call, "call");
    }

    /** One duration for all three timeouts. */
    public static HttpTimeouts of(Duration all) {
        return new HttpTimeouts(all, all, all);
    }

    /**
     * An OkHttp client with these timeouts and no other customisation (no logging interceptor: tokens). All share
     * one connection pool, dispatcher and TLS setup, built on first use.
     */
    public OkHttpClient newClient() {
        return Shared.CLIENT.newBuilder()
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                .callTimeout(call)
                .build();
    }

    /** The client every provider's client derives from; a holder class so it is built only when first needed. */
    private static final class Shared {
        static final OkHttpClient CLIENT = new OkHttpClient();
    }
}
