package org.pulseport.app.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Microsoft Teams incoming webhooks (Workflows): a {@code message} with one attachment of content type
 * {@code application/vnd.microsoft.card.adaptive} holding an Adaptive Card (title, message, facts).
 */
final class TeamsFormat implements HttpMessageFormat {

    static final String CARD_TYPE = "application/vnd.microsoft.card.adaptive";

    @Override
    public HttpMessage format(Notification n, ChannelConfig config) {
        ObjectNode body = Json.object();
        body.put("type", "message");
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("contentType", CARD_TYPE);
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode items = card.putArray("body");
        items.addObject().put("type", "TextBlock").put("text", n.headline()).put("weight", "Bolder").put("size", "Medium")
                .put("color", Severities.cardColor(n.severity())).put("wrap", true);
        items.addObject().put("type", "TextBlock").put("text", n.message()).put("wrap", true);
        ArrayNode facts = items.addObject().put("type", "FactSet").putArray("facts");
        facts.addObject().put("title", "Severity").put("value", n.severity().name());
        facts.addObject().put("title", "Since").put("value", n.start().toString());
        facts.addObject().put("title", "Until").put("value", n.end().toString());
        return HttpMessage.json(config.require("url"), body);
    }
}
