package org.pulseport.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A channel's settings: string keys and values, stored as a JSON object. Values may be secrets (webhook URLs,
 * passwords, tokens): {@link #toString()} names the keys only.
 */
public record ChannelConfig(Map<String, String> values) {

    public ChannelConfig {
        values = Map.copyOf(values);
    }

    public static ChannelConfig parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode node = Json.parse(json);
        node.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return new ChannelConfig(values);
    }

    public String toJson() {
        ObjectNode json = Json.object();
        values.forEach(json::put);
        return Json.text(json);
    }

    /**
     * A value that must be there.
     *
     * @throws IllegalArgumentException naming the missing key
     */
    public String require(String key) {
        return optional(key).orElseThrow(() -> new IllegalArgumentException("the channel setting '" + key + "' is missing"));
    }

    public Optional<String> optional(String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "ChannelConfig" + values.keySet();
    }
}
