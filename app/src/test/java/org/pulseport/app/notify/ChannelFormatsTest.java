package org.pulseport.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.core.model.MetricType;

/**
 * Every webhook-style channel against a local HTTP server, checking the payload shape its service documents:
 * Slack (text + Block Kit), Discord (content + embeds, 204), Teams (Adaptive Card attachment), ntfy (JSON
 * publish with priority, tags and bearer token), and Pulseport's own signed webhook.
 */
class ChannelFormatsTest {

    private static final Instant START = Instant.parse("2025-03-01T02:10:00Z");
    private static final Instant END = Instant.parse("2025-03-01T02:55:00Z");
    private final MockWebServer server = new MockWebServer();
    private final HttpPoster http = new HttpPoster(Duration.ofSeconds(5));
    private final Notification urgentLow = new Notification(3, "glucose_urgent_low:glucose", AnomalyCategory.GLUCOSE_URGENT_LOW,
            AnomalySeverity.URGENT, MetricType.GLUCOSE, "Urgent low glucose", "Glucose below 54 mg/dL for 45 min (lowest 48).",
            START, END, 1);

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private RecordedRequest send(ChannelKind kind, HttpMessageFormat format, Map<String, String> config, int status) throws Exception {
        server.enqueue(new MockResponse().setResponseCode(status));
        new HttpChannel(kind, format, http).send(urgentLow, new ChannelConfig(config));
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    private static JsonNode json(RecordedRequest request) {
        return Json.parse(request.getBody().readUtf8());
    }

    @Test
    void slackGetsFallbackTextAndBlocks() throws Exception {
        RecordedRequest request = send(ChannelKind.SLACK, new SlackFormat(), Map.of("url", server.url("/services/T0/B0/x").toString()), 200);

        assertThat(request.getPath()).isEqualTo("/services/T0/B0/x");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = json(request);
        assertThat(body.path("text").asText()).isEqualTo("Urgent: Urgent low glucose: Glucose below 54 mg/dL for 45 min (lowest 48).");
        assertThat(body.path("blocks")).hasSize(3);
        assertThat(body.path("blocks").get(0).path("type").asText()).isEqualTo("header");
        assertThat(body.path("blocks").get(0).path("text").path("type").asText()).isEqualTo("plain_text");
        assertThat(body.path("blocks").get(1).path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(body.path("blocks").get(1).path("text").path("text").asText()).startsWith("Glucose below 54");
        assertThat(body.path("blocks").get(2).path("type").asText()).isEqualTo("context");
        assertThat(body.path("blocks").get(2).path("elements").get(0).path("text").asText()).contains("*URGENT*");
    }

    @Test
    void discordGetsContentAndOneEmbedAndAcceptsNoContent() throws Exception {
        RecordedRequest request = send(ChannelKind.DISCORD, new DiscordFormat(), Map.of("url", server.url("/api/webhooks/1/tok").toString()), 204);

        JsonNode body = json(request);
        assertThat(body.path("username").asText()).isEqualTo("Pulseport");
        assertThat(body.path("content").asText()).isEqualTo("Urgent: Urgent low glucose");
        assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        JsonNode embed = body.path("embeds").get(0);
        assertThat(body.path("embeds")).hasSize(1);
        assertThat(embed.path("title").asText()).isEqualTo("Urgent low glucose");
        assertThat(embed.path("description").asText()).startsWith("Glucose below 54");
        assertThat(embed.path("color").asInt()).isEqualTo(0xD32F2F);
        assertThat(embed.path("timestamp").asText()).isEqualTo(END.toString());
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Severity");
        assertThat(embed.path("fields").get(0).path("value").asText()).isEqualTo("URGENT");
    }

    @Test
    void teamsGetsAnAdaptiveCardMessage() throws Exception {
        RecordedRequest request = send(ChannelKind.TEAMS, new TeamsFormat(), Map.of("url", server.url("/workflows/abc").toString()), 202);

        JsonNode body = json(request);
        assertThat(body.path("type").asText()).isEqualTo("message");
        JsonNode attachment = body.path("attachments").get(0);
        assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(attachment.has("contentUrl")).isTrue();
        JsonNode card = attachment.path("content");
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        assertThat(card.path("version").asText()).isEqualTo("1.4");
        assertThat(card.path("body").get(0).path("type").asText()).isEqualTo("TextBlock");
        assertThat(card.path("body").get(0).path("text").asText()).isEqualTo("Urgent: Urgent low glucose");
        assertThat(card.path("body").get(0).path("color").asText()).isEqualTo("Attention");
        assertThat(card.path("body").get(2).path("type").asText()).isEqualTo("FactSet");
        assertThat(card.path("body").get(2).path("facts").get(0).path("value").asText()).isEqualTo("URGENT");
    }

    @Test
    void ntfyGetsAJsonPublishWithPriorityTagsAndToken() throws Exception {
        RecordedRequest request = send(ChannelKind.NTFY, new NtfyFormat(),
                Map.of("server", server.url("/").toString(), "topic", "ann-glucose-7f3", "token", "tk_secret"), 200);

        assertThat(request.getPath()).isEqualTo("/");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tk_secret");
        JsonNode body = json(request);
        assertThat(body.path("topic").asText()).isEqualTo("ann-glucose-7f3");
        assertThat(body.path("title").asText()).isEqualTo("Urgent: Urgent low glucose");
        assertThat(body.path("message").asText()).startsWith("Glucose below 54");
        assertThat(body.path("priority").asInt()).isEqualTo(5);
        assertThat(body.path("tags").get(0).asText()).isEqualTo("rotating_light");
    }

    @Test
    void theGenericWebhookGetsPulseportsSignedNotificationJson() throws Exception {
        MutableClock clock = new MutableClock(END.plusSeconds(30));
        RecordedRequest request = send(ChannelKind.WEBHOOK, new GenericWebhookFormat(clock),
                Map.of("url", server.url("/notify").toString(), "secret", "channel-secret-123456"), 200);

        String raw = request.getBody().readUtf8();
        assertThat(Signatures.verify(request.getHeader(WebhookSigner.HEADER), "channel-secret-123456", raw)).isTrue();
        assertThat(Signatures.timestamp(request.getHeader(WebhookSigner.HEADER))).isEqualTo(END.plusSeconds(30).getEpochSecond());
        JsonNode body = Json.parse(raw);
        assertThat(body.path("type").asText()).isEqualTo("notification");
        assertThat(body.path("schema_version").asInt()).isEqualTo(1);
        assertThat(body.path("category").asText()).isEqualTo("GLUCOSE_URGENT_LOW");
        assertThat(body.path("severity").asText()).isEqualTo("URGENT");
        assertThat(body.path("condition").asText()).isEqualTo("glucose_urgent_low:glucose");
        assertThat(body.path("start").asText()).isEqualTo(START.toString());
        assertThat(body.path("occurrences").asInt()).isEqualTo(1);
    }

    @Test
    void aNonSuccessAnswerIsAFailureNamingTheStatusButNotTheUrl() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("no_service"));
        String url = server.url("/services/T0/B0/secret-token").toString();

        assertThatThrownBy(() -> new HttpChannel(ChannelKind.SLACK, new SlackFormat(), http)
                .send(urgentLow, new ChannelConfig(Map.of("url", url))))
                .isInstanceOf(ChannelFailure.class)
                .hasMessage("Slack: HTTP 404: no_service")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-token"));
    }

    @Test
    void aMissingSettingIsNamedAndTheConfigNeverPrintsItsValues() {
        ChannelConfig config = new ChannelConfig(Map.of("token", "tk_secret"));
        assertThatThrownBy(() -> new NtfyFormat().format(urgentLow, config)).hasMessageContaining("'topic'");
        assertThat(config.toString()).isEqualTo("ChannelConfig[token]");
    }
}
