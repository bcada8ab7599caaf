package org.pulseport.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.core.model.MetricType;

/**
 * An anomaly as notifications and webhooks carry it: what (category, metric), how severe, when, the value and
 * what it was compared with, and the readable message. Serialized as the JSON object documented in
 * docs/webhooks.md ({@code anomaly.detected}).
 */
public record Alert(AnomalyCategory category, AnomalySeverity severity, MetricType metric, Instant start, Instant end,
                    double value, double baseline, String message) {

    public Alert {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(message, "message");
    }

    public static Alert of(Anomaly anomaly) {
        return new Alert(anomaly.category(), anomaly.severity(), anomaly.metric(), anomaly.start(), anomaly.end(),
                anomaly.value(), anomaly.baseline(), anomaly.message());
    }

    /**
     * The key of the ongoing condition this alert belongs to: repeats of the same key close together are merged.
     */
    public String conditionKey() {
        return category.name().toLowerCase(java.util.Locale.ROOT) + ":" + metric.code();
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("category", category.name());
        json.put("severity", severity.name());
        json.put("metric", metric.code());
        json.put("unit", metric.ucumUnit());
        json.put("start", start.toString());
        json.put("end", end.toString());
        json.put("value", value);
        json.put("baseline", baseline);
        json.put("message", message);
        return json;
    }

    /**
     * Reads the JSON form back.
     *
     * @throws IllegalArgumentException when a field is missing or unknown
     */
    public static Alert fromJson(JsonNode json) {
        MetricType metric = MetricType.fromCode(json.path("metric").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown metric " + json.path("metric")));
        return new Alert(AnomalyCategory.valueOf(json.path("category").asText()),
                AnomalySeverity.valueOf(json.path("severity").asText()), metric,
                Instant.parse(json.path("start").asText()), Instant.parse(json.path("end").asText()),
                json.path("value").asDouble(), json.path("baseline").asDouble(), json.path("message").asText());
    }
}
