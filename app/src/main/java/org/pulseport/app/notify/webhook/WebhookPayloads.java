package org.pulseport.app.notify.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pulseport.app.engine.SyncReport;
import org.pulseport.app.notify.Alert;
import org.pulseport.app.notify.Json;
import org.pulseport.app.store.WebhookDeliveryRepository.StoredEvent;

/**
 * Builds the versioned webhook payloads of docs/webhooks.md: an envelope ({@code id}, {@code type},
 * {@code schema_version}, {@code created_at}, {@code profile_id}) around the event's {@code data}.
 */
public final class WebhookPayloads {

    public static final int SCHEMA_VERSION = 1;

    private WebhookPayloads() {
    }

    static StoredEvent event(long profileId, WebhookEventType type, ObjectNode data, Instant now) {
        String id = "evt_" + UUID.randomUUID();
        ObjectNode envelope = Json.object();
        envelope.put("id", id);
        envelope.put("type", type.code());
        envelope.put("schema_version", SCHEMA_VERSION);
        envelope.put("created_at", now.toString());
        envelope.put("profile_id", profileId);
        envelope.set("data", data);
        return new StoredEvent(id, profileId, type.code(), Json.text(envelope), now);
    }

    public static ObjectNode syncCompleted(SyncReport report) {
        ObjectNode data = Json.object();
        data.put("source_id", report.sourceId());
        data.put("connector", report.connectorId());
        if (report.window() != null) {
            ObjectNode window = data.putObject("window");
            window.put("from", report.window().from().toString());
            window.put("to", report.window().to().toString());
        }
        data.put("inserted", report.counts().inserted());
        data.put("duplicates", report.counts().duplicates());
        data.put("rejected", report.counts().rejected());
        return data;
    }

    public static ObjectNode anomalyDetected(List<Alert> alerts) {
        ObjectNode data = Json.object();
        ArrayNode anomalies = data.putArray("anomalies");
        alerts.forEach(alert -> anomalies.add(alert.toJson()));
        return data;
    }

    static ObjectNode ping(long endpointId) {
        ObjectNode data = Json.object();
        data.put("endpoint_id", endpointId);
        data.put("message", "Test event from Pulseport: this endpoint is set up correctly.");
        return data;
    }
}
