package org.pulseport.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.analytics.GlucoseExcursion;
import org.pulseport.app.engine.SyncReport;
import org.pulseport.app.engine.SyncTrigger;
import org.pulseport.app.notify.webhook.DeliveryAttempt;
import org.pulseport.app.notify.webhook.WebhookEndpoint;
import org.pulseport.app.notify.webhook.WebhookEventType;
import org.pulseport.app.store.SourceKind;
import org.pulseport.core.model.Profile;

/**
 * The application as wired by {@link AppContext}, engine running: a sync's follow-up queues a delivery on the
 * {@code webhooks} queue which the engine delivers, signed; anomalies handed to the notification service are
 * processed on the {@code notifications} queue.
 */
class NotifyEngineIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SECRET = "whsec-engine-0123456789";

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private AppSession session;

    @BeforeEach
    void open() throws Exception {
        server.start();
        session = AppSession.open(dir, false, step -> { });
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        server.shutdown();
    }

    @Test
    void aSyncIsFollowedByASignedDeliveryFromTheWebhooksQueue() throws Exception {
        AppContext context = session.context();
        Profile ann = context.profiles().ensure("Ann", ZoneId.of("Europe/Vienna"));
        long sourceId = context.sources().findOrCreate(ann.id(), SourceKind.SANDBOX, "sandbox", "it", "Sandbox",
                Instant.now()).getId();
        WebhookEndpoint endpoint = context.webhooks().add(ann.id(), server.url("/sync").toString(), SECRET,
                Set.of(WebhookEventType.SYNC_COMPLETED));
        server.enqueue(new MockResponse().setResponseCode(204));
        context.startEngine();

        SyncReport report = context.engine().syncAndWait(sourceId, SyncTrigger.MANUAL);

        RecordedRequest request = server.takeRequest(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        String body = request.getBody().readUtf8();
        assertThat(Signatures.verify(request.getHeader("X-Pulseport-Signature"), SECRET, body)).isTrue();
        assertThat(Json.parse(body).path("type").asText()).isEqualTo("sync.completed");
        assertThat(Json.parse(body).path("data").path("inserted").asLong()).isEqualTo(report.counts().inserted()).isPositive();
        Awaitility.await().atMost(PATIENCE).until(() -> context.webhooks().deliveries(endpoint.id(), 5).stream()
                .anyMatch(DeliveryAttempt::succeeded));
    }

    @Test
    void anomaliesAreProcessedOnTheNotificationsQueue() {
        AppContext context = session.context();
        Profile ann = context.profiles().ensure("Ann", ZoneId.of("Europe/Vienna"));
        ChannelSummary inApp = context.notifications().addChannel(ann.id(), ChannelKind.IN_APP, "", Map.of());
        context.notifications().addRule(ann.id(), AnomalyCategory.GLUCOSE_LOW, AnomalySeverity.WARNING, Set.of(inApp.id()));
        context.startEngine();
        Instant start = Instant.now().minus(Duration.ofHours(1));

        context.notifications().notify(ann.id(), List.of(new GlucoseExcursion(AnomalyCategory.GLUCOSE_LOW,
                AnomalySeverity.WARNING, start, start.plus(Duration.ofMinutes(25)), 61, 70, "Glucose below 70 mg/dL for 25 min.")));

        Awaitility.await().atMost(PATIENCE).until(() -> !context.notifications().inbox(ann.id(), 5).isEmpty());
        assertThat(context.notifications().inbox(ann.id(), 5)).singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("Glucose below 70 mg/dL for 25 min."));
        assertThat(context.notifications().log(ann.id(), 5)).singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo("sent"));
    }
}
