package org.pulseport.app.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Slack incoming webhooks: a JSON body with {@code text} (the fallback shown in notifications) and Block Kit
 * {@code blocks} (a header, the message as mrkdwn, a context line with severity and time).
 */
final class SlackFormat implements HttpMessageFormat {

    @Override
    public HttpMessage format(Notification n, ChannelConfig config) {
        ObjectNode body = Json.object();
        body.put("text", n.headline() + ": " + n.message());
        ArrayNode blocks = body.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", n.headline());
        ObjectNode section = blocks.addObject().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", n.message());
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn")
                .put("text", "Severity *" + n.severity() + "* · " + n.start() + " – " + n.end() + " · Pulseport");
        return HttpMessage.json(config.require("url"), body);
    }
}
