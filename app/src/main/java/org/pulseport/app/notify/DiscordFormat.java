package org.pulseport.app.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Discord webhooks ("Execute Webhook"): {@code username}, a short {@code content} line and one embed (title,
 * description, colour, ISO-8601 timestamp, fields); mentions are switched off so a message never pings anyone.
 */
final class DiscordFormat implements HttpMessageFormat {

    @Override
    public HttpMessage format(Notification n, ChannelConfig config) {
        ObjectNode body = Json.object();
        body.put("username", "Pulseport");
        body.put("content", n.headline());
        body.putObject("allowed_mentions").putArray("parse");
        ObjectNode embed = body.putArray("embeds").addObject();
        embed.put("title", n.title());
        embed.put("description", n.message());
        embed.put("color", Severities.rgb(n.severity()));
        embed.put("timestamp", n.end().toString());
        ArrayNode fields = embed.putArray("fields");
        fields.addObject().put("name", "Severity").put("value", n.severity().name()).put("inline", true);
        fields.addObject().put("name", "Since").put("value", n.start().toString()).put("inline", true);
        embed.putObject("footer").put("text", "Pulseport");
        return HttpMessage.json(config.require("url"), body);
    }
}
