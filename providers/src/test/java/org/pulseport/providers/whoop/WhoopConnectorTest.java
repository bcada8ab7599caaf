package org.pulseport.providers.whoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulseport.providers.testing.Fixtures.json;
import static org.pulseport.providers.testing.Fixtures.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.testing.LogCapture;
import org.pulseport.providers.testing.MockServer;
import org.pulseport.providers.testing.Requests;
import org.pulseport.providers.testing.RoutingDispatcher;

class WhoopConnectorTest {

    private static final MockResponse EMPTY = json("{\"records\":[],\"next_token\":null}");
    private static final Instant NOW = Instant.parse("2024-03-04T12:00:00Z");

    @RegisterExtension
    final MockServer server = new MockServer();

    private WhoopConnector connector() {
        ProviderSettings settings = ProviderSettings.fromEnvironment(WhoopConnector.ID, WhoopConnector.DEFAULTS,
                Map.of("PULSEPORT_WHOOP_API_URL", server.url("/developer").toString()));
        return new WhoopConnector(settings, HttpTimeouts.of(Duration.ofMillis(500)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private List<Sample> fetch(FetchRequest request) {
        try (Stream<Sample> samples = connector().fetch(request)) {
            return samples.toList();
        }
    }

    @Test
    void pagesWithNextTokenAtTheMaximumLimit() throws InterruptedException {
        server.setDispatcher(new RoutingDispatcher(EMPTY)
                .on("/developer/v2/cycle", "nextToken", "MTIzOjEyMzEyMw", page("whoop/cycle_page2.json"))
                .on("/developer/v2/cycle", page("whoop/cycle_page1.json")));

        List<Sample> samples = fetch(Requests.oauth("2024-02-28T00:00:00Z", "2024-03-04T00:00:00Z"));

        assertThat(samples).extracting(Sample::metric).containsOnly(MetricType.STRAIN);
        assertThat(samples).extracting(Sample::value).containsExactly(13.4712, 8.02);
        RecordedRequest first = server.takeRequest();
        assertThat(first.getRequestUrl().encodedPath()).isEqualTo("/developer/v2/cycle");
        assertThat(first.getRequestUrl().queryParameter("limit")).isEqualTo("25");
        assertThat(first.getRequestUrl().queryParameter("start")).isEqualTo("2024-02-28T00:00:00Z");
        assertThat(first.getRequestUrl().queryParameter("end")).isEqualTo("2024-03-04T00:00:00Z");
        assertThat(first.getRequestUrl().queryParameter("nextToken")).isNull();
        assertThat(server.takeRequest().getRequestUrl().queryParameter("nextToken")).isEqualTo("MTIzOjEyMzEyMw");
        assertThat(server.getRequestCount()).as("2 cycle pages + recovery, sleep, workout; no body measurement")
                .isEqualTo(5);
    }

    @Test
    void readsEveryCollectionAndTheCurrentBodyMeasurement() {
        server.setDispatcher(new RoutingDispatcher(EMPTY)
                .on("/developer/v2/recovery", page("whoop/recovery.json"))
                .on("/developer/v2/activity/sleep", page("whoop/sleep.json"))
                .on("/developer/v2/activity/workout", page("whoop/workout.json"))
                .on("/developer/v2/user/measurement/body", page("whoop/body_measurement.json")));

        List<Sample> samples = fetch(Requests.oauth("2024-03-01T00:00:00Z", "2024-03-05T00:00:00Z"));

        assertThat(samples).extracting(Sample::metric).contains(MetricType.RECOVERY_SCORE, MetricType.SLEEP_DURATION,
                MetricType.ACTIVE_ENERGY, MetricType.WEIGHT);
        assertThat(samples).filteredOn(s -> s.metric() == MetricType.WEIGHT).singleElement()
                .satisfies(weight -> assertThat(weight.recordedAt()).isEqualTo(NOW));
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void emptyCollectionsGiveAnEmptyStream() {
        server.setDispatcher(new RoutingDispatcher(EMPTY));

        assertThat(fetch(Requests.oauth("2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z"))).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(WhoopCollection.values().length);
    }

    @Test
    void malformedRecordsAreSkippedAndTheRestKept() {
        server.setDispatcher(new RoutingDispatcher(EMPTY).on("/developer/v2/cycle", page("whoop/cycle_malformed.json")));

        try (LogCapture logs = new LogCapture()) {
            List<Sample> samples = fetch(Requests.oauth("2024-03-01T00:00:00Z", "2024-03-06T00:00:00Z"));

            assertThat(samples).extracting(Sample::value).containsExactly(10.5, 12.5);
            assertThat(logs.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("whoop v2/cycle"));
        }
    }

    @Test
    void asksForTheOfflineScopeSoWhoopIssuesRefreshTokens() {
        WhoopConnector configured = new WhoopConnector(ProviderSettings.fromEnvironment(WhoopConnector.ID,
                WhoopConnector.DEFAULTS, Map.of("PULSEPORT_WHOOP_CLIENT_ID", "id", "PULSEPORT_WHOOP_CLIENT_SECRET", "s")),
                HttpTimeouts.STANDARD, Clock.systemUTC());

        assertThat(configured.oauthClient()).hasValueSatisfying(client -> {
            assertThat(client.scopes()).contains("offline", "read:recovery", "read:cycles");
            assertThat(client.tokenUrl()).isEqualTo("https://api.prod.whoop.com/oauth/oauth2/token");
        });
    }
}
