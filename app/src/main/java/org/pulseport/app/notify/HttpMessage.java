package org.pulseport.app.notify;

import java.net.URI;
import java.util.Map;

/** A request a webhook-style channel sends: where, which headers, which body. */
public record HttpMessage(URI url, Map<String, String> headers, byte[] body) {

    /** A JSON body to a URL. */
    public static HttpMessage json(String url, com.fasterxml.jackson.databind.JsonNode body) {
        return new HttpMessage(URI.create(url), Map.of("Content-Type", "application/json"), Json.bytes(body));
    }
}
