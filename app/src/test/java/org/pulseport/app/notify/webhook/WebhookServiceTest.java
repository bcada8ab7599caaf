package org.pulseport.app.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.analytics.GlucoseExcursion;
import org.pulseport.app.engine.SyncReport;
import org.pulseport.app.engine.TaskOutcome;
import org.pulseport.app.notify.Alert;
import org.pulseport.app.notify.HttpPoster;
import org.pulseport.app.notify.Json;
import org.pulseport.app.notify.MutableClock;
import org.pulseport.app.notify.RecordingQueue;
import org.pulseport.app.notify.NotifySecrets;
import org.pulseport.app.notify.Signatures;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.IngestResult;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.WebhookDeliveryRepository;
import org.pulseport.app.store.WebhookEndpointRepository;
import org.pulseport.core.model.SyncWindow;

/** Webhook endpoints, signed deliveries, retries with back-off on an injected clock, test pings and redelivery. */
class WebhookServiceTest {

    private static final String SECRET = "whsec-0123456789abcdef";
    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(START);
    private final RecordingQueue queue = new RecordingQueue();
    private WebhookService webhooks;
    private long profileId;

    @BeforeEach
    void open() throws Exception {
        server.start();
        db = Database.openEmbedded(dir, step -> { });
        profileId = new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("Europe/Vienna"), START).id();
        webhooks = new WebhookService(new WebhookEndpointRepository(db.sessions()), new WebhookDeliveryRepository(db.dataSource()),
                new HttpPoster(Duration.ofSeconds(5)), WebhookRetryPolicy.DEFAULT, queue, NotifySecrets.ephemeral(), clock);
    }

    @AfterEach
    void close() throws Exception {
        server.shutdown();
        db.close();
    }

    private WebhookEndpoint endpoint(WebhookEventType... events) {
        return webhooks.add(profileId, server.url("/hooks/pulseport").toString(), SECRET, Set.of(events));
    }

    private TaskOutcome runQueued(int index) throws Exception {
        return webhooks.deliveryTask().handler().run(queue.queued.get(index).data());
    }

    private static SyncReport syncReport(long profileId) {
        return new SyncReport(profileId, 7, "dexcom", new SyncWindow(START.minusSeconds(3600), START),
                new IngestResult(12, 3, 0, List.of(), java.util.Optional.empty()), SyncReport.Outcome.COMPLETED, "");
    }

    @Test
    void aSyncQueuesOneDeliveryPerSubscribedEndpoint() {
        WebhookEndpoint syncs = endpoint(WebhookEventType.SYNC_COMPLETED);
        endpoint(WebhookEventType.ANOMALY_DETECTED);
        WebhookEndpoint everything = webhooks.add(profileId, server.url("/all").toString(), SECRET, Set.of());

        new WebhookFollowUp(webhooks).afterSync(syncReport(profileId));

        assertThat(queue.queued).hasSize(2).allSatisfy(q -> assertThat(q.taskName()).isEqualTo(WebhookService.DELIVER_TASK));
        assertThat(queue.queued).extracting(q -> Json.parse(q.data()).path("endpoint").asLong())
                .containsExactlyInAnyOrder(syncs.id(), everything.id());
        assertThat(everything.events()).containsExactlyInAnyOrder(WebhookEventType.SYNC_COMPLETED, WebhookEventType.ANOMALY_DETECTED);
    }

    @Test
    void aDeliveryIsSignedAndCarriesTheVersionedPayload() throws Exception {
        WebhookEndpoint endpoint = endpoint(WebhookEventType.SYNC_COMPLETED);
        server.enqueue(new MockResponse().setResponseCode(204));
        new WebhookFollowUp(webhooks).afterSync(syncReport(profileId));

        assertThat(runQueued(0)).isInstanceOf(TaskOutcome.Done.class);

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        String body = request.getBody().readUtf8();
        String signature = request.getHeader("X-Pulseport-Signature");
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/hooks/pulseport");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeader("X-Pulseport-Event")).isEqualTo("sync.completed");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        assertThat(Signatures.timestamp(signature)).isEqualTo(START.getEpochSecond());
        assertThat(Signatures.verify(signature, SECRET, body)).isTrue();
        assertThat(Signatures.verify(signature, "another-secret-0000", body)).isFalse();
        assertThat(Signatures.verify(signature, SECRET, body.replace("12", "13"))).isFalse();

        JsonNode json = Json.parse(body);
        assertThat(json.path("type").asText()).isEqualTo("sync.completed");
        assertThat(json.path("schema_version").asInt()).isEqualTo(1);
        assertThat(json.path("id").asText()).startsWith("evt_");
        assertThat(json.path("created_at").asText()).isEqualTo(START.toString());
        assertThat(json.path("profile_id").asLong()).isEqualTo(profileId);
        assertThat(json.path("data").path("connector").asText()).isEqualTo("dexcom");
        assertThat(json.path("data").path("inserted").asLong()).isEqualTo(12);
        assertThat(json.path("data").path("duplicates").asLong()).isEqualTo(3);
        assertThat(json.path("data").path("window").path("to").asText()).isEqualTo(START.toString());

        List<DeliveryAttempt> log = webhooks.deliveries(endpoint.id(), 10);
        assertThat(log).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("succeeded");
            assertThat(a.httpStatus()).isEqualTo(204);
            assertThat(a.attempt()).isEqualTo(1);
            assertThat(a.eventType()).isEqualTo("sync.completed");
            assertThat(a.latencyMs()).isNotNegative();
        });
    }

    @Test
    void nonSuccessResponsesAreRetriedFiveTimesWithExponentialBackOffThenGiveUp() throws Exception {
        WebhookEndpoint endpoint = endpoint(WebhookEventType.SYNC_COMPLETED);
        for (int i = 0; i < 6; i++) {
            server.enqueue(new MockResponse().setResponseCode(503).setBody("maintenance " + i));
        }
        new WebhookFollowUp(webhooks).afterSync(syncReport(profileId));

        List<Duration> expectedWaits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(9),
                Duration.ofMinutes(27), Duration.ofMinutes(81));
        for (Duration wait : expectedWaits) {
            TaskOutcome outcome = runQueued(0);
            assertThat(outcome).isInstanceOfSatisfying(TaskOutcome.RunAgainAfter.class,
                    again -> assertThat(again.delay()).isEqualTo(wait));
            clock.advance(wait.minusSeconds(1));
            assertThat(runQueued(0)).as("a run before the attempt is due sends nothing")
                    .isInstanceOfSatisfying(TaskOutcome.RunAgainAfter.class,
                            again -> assertThat(again.delay()).isEqualTo(Duration.ofSeconds(1)));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(runQueued(0)).isInstanceOf(TaskOutcome.Done.class);
        assertThat(runQueued(0)).as("an ended delivery is not sent again").isInstanceOf(TaskOutcome.Done.class);

        assertThat(server.getRequestCount()).isEqualTo(6);
        List<DeliveryAttempt> log = webhooks.deliveries(endpoint.id(), 10);
        assertThat(log).extracting(DeliveryAttempt::attempt).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(log).extracting(DeliveryAttempt::status)
                .containsExactly("failed", "retrying", "retrying", "retrying", "retrying", "retrying");
        assertThat(log).allSatisfy(a -> assertThat(a.httpStatus()).isEqualTo(503));
        assertThat(log.get(0).responseExcerpt()).isEqualTo("maintenance 5");
        assertThat(log.get(0).nextAttemptAt()).isNull();
        assertThat(log.get(5).nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(log.get(1).attemptedAt()).isEqualTo(START.plus(Duration.ofMinutes(1 + 3 + 9 + 27)));
    }

    @Test
    void aDeliveryThatSucceedsOnTheThirdAttemptEnds() throws Exception {
        WebhookEndpoint endpoint = endpoint(WebhookEventType.SYNC_COMPLETED);
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setResponseCode(429));
        server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"ok\":true}"));
        new WebhookFollowUp(webhooks).afterSync(syncReport(profileId));

        assertThat(runQueued(0)).isInstanceOf(TaskOutcome.RunAgainAfter.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(runQueued(0)).isInstanceOf(TaskOutcome.RunAgainAfter.class);
        clock.advance(Duration.ofMinutes(3));
        assertThat(runQueued(0)).isInstanceOf(TaskOutcome.Done.class);

        assertThat(webhooks.deliveries(endpoint.id(), 10)).extracting(DeliveryAttempt::status, DeliveryAttempt::httpStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("succeeded", 200),
                        org.assertj.core.groups.Tuple.tuple("retrying", 429), org.assertj.core.groups.Tuple.tuple("retrying", 500));
        assertThat(webhooks.deliveries(endpoint.id(), 1).get(0).responseExcerpt()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void anUnreachableEndpointIsRecordedWithTheErrorAndRetried() throws Exception {
        WebhookEndpoint endpoint = endpoint(WebhookEventType.SYNC_COMPLETED);
        server.shutdown();
        new WebhookFollowUp(webhooks).afterSync(syncReport(profileId));

        assertThat(runQueued(0)).isInstanceOf(TaskOutcome.RunAgainAfter.class);

        DeliveryAttempt attempt = webhooks.deliveries(endpoint.id(), 1).get(0);
        assertThat(attempt.httpStatus()).isNull();
        assertThat(attempt.status()).isEqualTo("retrying");
        assertThat(attempt.error()).startsWith("cannot reach the server");
    }

    @Test
    void theTestCommandSendsOneSignedPingNow() throws Exception {
        WebhookEndpoint endpoint = endpoint(WebhookEventType.ANOMALY_DETECTED);
        server.enqueue(new MockResponse().setResponseCode(418).setBody("I'm a teapot"));

        DeliveryAttempt attempt = webhooks.test(endpoint.id()).orElseThrow();

        assertThat(attempt.status()).as("a test is not retried").isEqualTo("failed");
        assertThat(attempt.outcome()).isEqualTo("HTTP 418: I'm a teapot");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        String body = request.getBody().readUtf8();
        assertThat(Signatures.verify(request.getHeader("X-Pulseport-Signature"), SECRET, body)).isTrue();
        assertThat(Json.parse(body).path("type").asText()).isEqualTo("ping");
        assertThat(Json.parse(body).path("data").path("endpoint_id").asLong()).isEqualTo(endpoint.id());
        assertThat(queue.queued).isEmpty();
        assertThat(webhooks.test(999)).isEmpty();
    }

    @Test
    void redeliverySendsTheSamePayloadAgainAsANewDelivery() throws Exception {
        WebhookEndpoint endpoint = endpoint(WebhookEventType.ANOMALY_DETECTED);
        server.enqueue(new MockResponse().setResponseCode(200));
        server.enqueue(new MockResponse().setResponseCode(500));
        DeliveryAttempt first = webhooks.test(endpoint.id()).orElseThrow();
        String firstBody = server.takeRequest().getBody().readUtf8();

        DeliveryAttempt again = webhooks.redeliver(first.id()).orElseThrow();

        assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo(firstBody);
        assertThat(again.attempt()).isEqualTo(1);
        assertThat(again.eventId()).isEqualTo(first.eventId());
        assertThat(again.status()).isEqualTo("retrying");
        assertThat(queue.queued).singleElement().satisfies(q -> assertThat(q.instance()).startsWith("ep" + endpoint.id() + "-evt_"));
        assertThat(runQueued(0)).as("the queued retry waits for its back-off")
                .isInstanceOfSatisfying(TaskOutcome.RunAgainAfter.class, r -> assertThat(r.delay()).isEqualTo(Duration.ofMinutes(1)));
        assertThat(webhooks.redeliver(12345)).isEmpty();
    }

    @Test
    void anAnomalyEventCarriesEachAnomalyWithUnitAndMessage() throws Exception {
        endpoint(WebhookEventType.ANOMALY_DETECTED);
        server.enqueue(new MockResponse().setResponseCode(200));
        GlucoseExcursion low = new GlucoseExcursion(AnomalyCategory.GLUCOSE_URGENT_LOW, AnomalySeverity.URGENT,
                START.minusSeconds(2700), START, 48, 54, "Glucose below 54 mg/dL for 45 min (lowest 48).");

        assertThat(webhooks.publish(profileId, WebhookEventType.ANOMALY_DETECTED,
                WebhookPayloads.anomalyDetected(List.of(Alert.of(low))))).isEqualTo(1);
        runQueued(0);

        JsonNode anomaly = Json.parse(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).path("data").path("anomalies").get(0);
        assertThat(anomaly.path("category").asText()).isEqualTo("GLUCOSE_URGENT_LOW");
        assertThat(anomaly.path("severity").asText()).isEqualTo("URGENT");
        assertThat(anomaly.path("metric").asText()).isEqualTo("glucose");
        assertThat(anomaly.path("unit").asText()).isEqualTo("mg/dL");
        assertThat(anomaly.path("value").asDouble()).isEqualTo(48);
        assertThat(anomaly.path("baseline").asDouble()).isEqualTo(54);
        assertThat(anomaly.path("start").asText()).isEqualTo(START.minusSeconds(2700).toString());
        assertThat(Alert.fromJson(anomaly)).isEqualTo(Alert.of(low));
    }

    @Test
    void theSecretIsStoredSealed() throws Exception {
        endpoint(WebhookEventType.PING);
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT secret FROM webhook_endpoints")) {
            rs.next();
            assertThat(rs.getString(1)).isNotBlank().doesNotContain(SECRET);
        }
    }

    @Test
    void endpointsNeedAnHttpUrlAndALongEnoughSecret() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> webhooks.add(profileId, "ftp://example.org/x", SECRET, Set.of()));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> webhooks.add(profileId, server.url("/").toString(), "short", Set.of()))
                .withMessageContaining("16 characters");
        assertThat(webhooks.list()).isEmpty();
    }
}
