package org.pulseport.app.notify.webhook;

import java.time.Instant;
import java.util.Set;

/** A webhook endpoint as views and commands see it: everything but the secret. */
public record WebhookEndpoint(long id, long profileId, String url, Set<WebhookEventType> events, boolean active,
                              Instant createdAt) {
}
