package org.pulseport.providers.oura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulseport.providers.testing.Fixtures.json;
import static org.pulseport.providers.testing.Fixtures.page;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;
import org.pulseport.providers.http.ConfigurationStatus;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.testing.LogCapture;
import org.pulseport.providers.testing.MockServer;
import org.pulseport.providers.testing.Requests;
import org.pulseport.providers.testing.RoutingDispatcher;

class OuraConnectorTest {

    private static final String BASE = "/v2/usercollection/";
    private static final MockResponse EMPTY = json("{\"data\":[],\"next_token\":null}");

    @RegisterExtension
    final MockServer server = new MockServer();

    private OuraConnector connector() {
        ProviderSettings settings = ProviderSettings.fromEnvironment(OuraConnector.ID, OuraConnector.DEFAULTS,
                Map.of("PULSEPORT_OURA_API_URL", server.baseUrl()));
        return new OuraConnector(settings, HttpTimeouts.of(Duration.ofMillis(500)));
    }

    private List<Sample> fetchAll() {
        try (Stream<Sample> samples = connector().fetch(Requests.oauth("2024-02-28T00:00:00Z", "2024-03-05T00:00:00Z"))) {
            return samples.toList();
        }
    }

    @Test
    void followsNextTokenAndRequestsExactlyTheNeededPages() throws InterruptedException {
        server.setDispatcher(new RoutingDispatcher(EMPTY)
                .on(BASE + "daily_sleep", "next_token", "page-2-token", page("oura/daily_sleep_page2.json"))
                .on(BASE + "daily_sleep", page("oura/daily_sleep_page1.json"))
                .on(BASE + "sleep", page("oura/sleep.json"))
                .on(BASE + "daily_activity", page("oura/daily_activity.json"))
                .on(BASE + "daily_readiness", page("oura/daily_readiness.json"))
                .on(BASE + "daily_spo2", page("oura/daily_spo2.json"))
                .on(BASE + "heartrate", page("oura/heartrate.json"))
                .on(BASE + "workout", page("oura/workout.json")));

        List<Sample> samples = fetchAll();

        assertThat(samples).filteredOn(s -> s.metric() == MetricType.SLEEP_SCORE).extracting(Sample::value)
                .containsExactly(82.0, 74.0, 89.0);
        assertThat(samples).extracting(Sample::metric).contains(MetricType.SLEEP_DURATION, MetricType.STEPS,
                MetricType.READINESS_SCORE, MetricType.SPO2, MetricType.HEART_RATE, MetricType.DISTANCE);
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).hasSize(8);
        assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("Authorization"))
                .isEqualTo("Bearer " + Requests.ACCESS_TOKEN));
        RecordedRequest first = requests.get(0);
        assertThat(first.getRequestUrl().encodedPath()).isEqualTo(BASE + "daily_sleep");
        assertThat(first.getRequestUrl().queryParameter("start_date")).isEqualTo("2024-02-27");
        assertThat(first.getRequestUrl().queryParameter("end_date")).isEqualTo("2024-03-06");
        assertThat(first.getRequestUrl().queryParameter("next_token")).isNull();
        assertThat(requests.get(1).getRequestUrl().queryParameter("next_token")).isEqualTo("page-2-token");
        RecordedRequest heartrate = requests.stream()
                .filter(r -> r.getRequestUrl().encodedPath().endsWith("heartrate")).findFirst().orElseThrow();
        assertThat(heartrate.getRequestUrl().queryParameter("start_datetime")).isEqualTo("2024-02-28T00:00:00Z");
        assertThat(heartrate.getRequestUrl().queryParameter("end_datetime")).isEqualTo("2024-03-05T00:00:00Z");
    }

    @Test
    void pullsPagesOnlyAsTheStreamAdvances() {
        server.setDispatcher(new RoutingDispatcher(EMPTY)
                .on(BASE + "daily_sleep", "next_token", "page-2-token", page("oura/daily_sleep_page2.json"))
                .on(BASE + "daily_sleep", page("oura/daily_sleep_page1.json")));

        try (Stream<Sample> samples = connector().fetch(Requests.oauth("2024-02-28T00:00:00Z", "2024-03-05T00:00:00Z"))) {
            assertThat(server.getRequestCount()).isZero();
            assertThat(samples.limit(2).toList()).hasSize(2);
        }

        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void emptyCollectionsGiveAnEmptyStream() {
        server.setDispatcher(new RoutingDispatcher(EMPTY));

        assertThat(fetchAll()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(OuraCollection.values().length);
    }

    @Test
    void keepsOnlySamplesInsideTheWindow() {
        server.setDispatcher(new RoutingDispatcher(EMPTY)
                .on(BASE + "daily_sleep", "next_token", "page-2-token", page("oura/daily_sleep_page2.json"))
                .on(BASE + "daily_sleep", page("oura/daily_sleep_page1.json")));

        try (Stream<Sample> samples = connector().fetch(Requests.oauth("2024-03-01T12:00:00Z", "2024-03-02T12:00:00Z"))) {
            assertThat(samples.toList()).extracting(s -> s.day().orElseThrow().toString()).containsExactly("2024-03-02");
        }
    }

    @Test
    void malformedDocumentsAreSkippedAndTheRestKept() {
        server.setDispatcher(new RoutingDispatcher(EMPTY)
                .on(BASE + "daily_readiness", page("oura/daily_readiness_malformed.json")));

        try (LogCapture logs = new LogCapture()) {
            List<Sample> samples = fetchAll();

            assertThat(samples).filteredOn(s -> s.metric() == MetricType.READINESS_SCORE).extracting(Sample::value)
                    .containsExactly(70.0, 73.0);
            assertThat(logs.warnings()).hasSize(2)
                    .anySatisfy(w -> assertThat(w).contains("dr-bad-timestamp"))
                    .anySatisfy(w -> assertThat(w).contains("dr-bad-score"));
        }
    }

    @Test
    void reportsNotConfiguredWithoutClientCredentials() {
        OuraConnector unconfigured = new OuraConnector(ProviderSettings.fromEnvironment(OuraConnector.ID,
                OuraConnector.DEFAULTS, Map.of()), HttpTimeouts.STANDARD);

        assertThat(unconfigured.configuration()).isInstanceOfSatisfying(ConfigurationStatus.NotConfigured.class,
                status -> assertThat(status.howToConfigure()).contains("PULSEPORT_OURA_CLIENT_ID",
                        "PULSEPORT_OURA_CLIENT_SECRET"));
        assertThat(unconfigured.oauthClient()).isEqualTo(Optional.empty());
    }

    @Test
    void configuredClientUsesDocumentedEndpointsAndScopes() {
        OuraConnector configured = new OuraConnector(ProviderSettings.fromEnvironment(OuraConnector.ID,
                OuraConnector.DEFAULTS, Map.of("PULSEPORT_OURA_CLIENT_ID", "id", "PULSEPORT_OURA_CLIENT_SECRET", "s")),
                HttpTimeouts.STANDARD);

        assertThat(configured.configuration()).isInstanceOf(ConfigurationStatus.Configured.class);
        assertThat(configured.oauthClient()).hasValueSatisfying(client -> {
            assertThat(client.authorizeUrl()).isEqualTo("https://cloud.ouraring.com/oauth/authorize");
            assertThat(client.tokenUrl()).isEqualTo("https://api.ouraring.com/oauth/token");
            assertThat(client.scopes()).containsExactly("daily", "spo2Daily", "heartrate", "workout");
        });
    }
}
