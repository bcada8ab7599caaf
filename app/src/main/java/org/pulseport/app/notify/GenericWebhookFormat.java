package org.pulseport.app.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Pulseport's own notification JSON (docs/webhooks.md, "notification"), signed like webhook events when the
 * channel has a secret.
 */
final class GenericWebhookFormat implements HttpMessageFormat {

    private final Clock clock;

    GenericWebhookFormat(Clock clock) {
        this.clock = clock;
    }

    @Override
    public HttpMessage format(Notification n, ChannelConfig config) {
        ObjectNode body = Json.object();
        body.put("type", "notification");
        body.put("schema_version", 1);
        body.put("created_at", clock.instant().toString());
        body.put("profile_id", n.profileId());
        body.put("condition", n.conditionKey());
        body.put("category", n.category().name());
        body.put("severity", n.severity().name());
        body.put("metric", n.metric().code());
        body.put("title", n.title());
        body.put("message", n.message());
        body.put("start", n.start().toString());
        body.put("end", n.end().toString());
        body.put("occurrences", n.occurrences());
        byte[] bytes = Json.bytes(body);
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/json"));
        config.optional("secret").ifPresent(secret -> headers.put(WebhookSigner.HEADER,
                WebhookSigner.signature(secret, clock.instant().getEpochSecond(), bytes)));
        return new HttpMessage(URI.create(config.require("url")), headers, bytes);
    }
}
