package org.pulseport.app.notify.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pulseport.app.notify.Json;

/**
 * The data of one queued delivery: which event goes to which endpoint, and the key that groups its attempts
 * (also the job's instance id, so the same delivery is never queued twice).
 */
record DeliveryJob(String key, long endpointId, String eventId) {

    static DeliveryJob first(long endpointId, String eventId) {
        return new DeliveryJob("ep" + endpointId + "-" + eventId, endpointId, eventId);
    }

    String toJson() {
        ObjectNode json = Json.object();
        json.put("key", key);
        json.put("endpoint", endpointId);
        json.put("event", eventId);
        return Json.text(json);
    }

    static DeliveryJob parse(String data) {
        JsonNode json = Json.parse(data);
        return new DeliveryJob(json.path("key").asText(), json.path("endpoint").asLong(), json.path("event").asText());
    }
}
