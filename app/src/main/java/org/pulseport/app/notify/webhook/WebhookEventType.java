package org.pulseport.app.notify.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of webhook events (the {@code type} field of the payload, docs/webhooks.md). */
public enum WebhookEventType {
    /** A source finished syncing; counts of what was stored. */
    SYNC_COMPLETED("sync.completed"),
    /** Analytics found anomalies in new data. */
    ANOMALY_DETECTED("anomaly.detected"),
    /** A test event sent by "webhooks test"; every endpoint receives it whatever it subscribed to. */
    PING("ping");

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEventType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
