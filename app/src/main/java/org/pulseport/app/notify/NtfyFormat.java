package org.pulseport.app.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * ntfy, published as JSON: a POST to the server's root URL with {@code topic}, {@code title}, {@code message},
 * {@code priority} (3–5) and {@code tags}; an access token, when set, goes in {@code Authorization: Bearer}.
 */
final class NtfyFormat implements HttpMessageFormat {

    static final String DEFAULT_SERVER = "https://ntfy.sh";

    @Override
    public HttpMessage format(Notification n, ChannelConfig config) {
        ObjectNode body = Json.object();
        body.put("topic", config.require("topic"));
        body.put("title", n.headline());
        body.put("message", n.message());
        body.put("priority", Severities.ntfyPriority(n.severity()));
        body.putArray("tags").add(Severities.ntfyTag(n.severity()));
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/json"));
        config.optional("token").ifPresent(token -> headers.put("Authorization", "Bearer " + token));
        String server = config.optional("server").orElse(DEFAULT_SERVER).replaceAll("/+$", "");
        return new HttpMessage(URI.create(server + "/"), headers, Json.bytes(body));
    }
}
