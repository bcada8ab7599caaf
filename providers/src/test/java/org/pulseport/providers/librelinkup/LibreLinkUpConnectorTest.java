package org.pulseport.providers.librelinkup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pulseport.providers.testing.Fixtures.page;
import static org.pulseport.providers.testing.Fixtures.status;
import static org.pulseport.providers.testing.Requests.errorOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.model.GlucoseTrend;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.testing.LogCapture;
import org.pulseport.providers.testing.MockServer;
import org.pulseport.providers.testing.Requests;
import org.pulseport.providers.testing.RoutingDispatcher;

class LibreLinkUpConnectorTest {

    static final Credentials.Password PASSWORD = new Credentials.Password("ada@example.org", "s3cret-Pa55word!");
    private static final String USER_ID_SHA256 = LibreLinkUpClient.sha256Hex("0f6d6e1c-3b52-4b8e-9d2a-6c1f2e3d4a5b");

    @RegisterExtension
    final MockServer server = new MockServer();

    private LibreLinkUpConnector connector() {
        return new LibreLinkUpConnector(LibreLinkUpSettings.fromEnvironment(Map.of(
                "PULSEPORT_LIBRELINKUP_API_URL", server.url("/").toString(),
                "PULSEPORT_LIBRELINKUP_REGION_URL", server.url("/") + "region-{region}/")),
                HttpTimeouts.of(Duration.ofMillis(500)));
    }

    private List<Sample> fetch() {
        FetchRequest request = new FetchRequest(Requests.SOURCE, PASSWORD,
                new SyncWindow(Instant.parse("2024-03-02T00:00:00Z"), Instant.parse("2024-03-03T00:00:00Z")));
        try (Stream<Sample> samples = connector().fetch(request)) {
            return samples.toList();
        }
    }

    private RoutingDispatcher regionalAccount() {
        return new RoutingDispatcher(status(404))
                .on("/llu/auth/login", page("librelinkup/login_redirect.json"))
                .on("/region-eu/llu/auth/login", page("librelinkup/login.json"))
                .on("/region-eu/llu/connections", page("librelinkup/connections.json"))
                .on("/region-eu/llu/connections/7e8f9a0b-1111-4111-8111-111111111111/graph",
                        page("librelinkup/graph.json"));
    }

    @Test
    void followsTheRegionRedirectAndSendsTheRequiredHeaders() throws Exception {
        server.setDispatcher(regionalAccount());

        List<Sample> samples = fetch();

        assertThat(samples).extracting(Sample::value).containsExactly(104.0, 55.0, 121.0);
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(r -> r.getMethod() + " " + r.getRequestUrl().encodedPath()).containsExactly(
                "POST /llu/auth/login", "POST /region-eu/llu/auth/login", "GET /region-eu/llu/connections",
                "GET /region-eu/llu/connections/7e8f9a0b-1111-4111-8111-111111111111/graph");
        JsonNode login = new ObjectMapper().readTree(requests.get(0).getBody().readUtf8());
        assertThat(login.path("email").asText()).isEqualTo("ada@example.org");
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.getHeader("product")).isEqualTo("llu.android");
            assertThat(r.getHeader("version")).isEqualTo("4.12.0");
        });
        assertThat(requests.subList(2, 4)).allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer llu-session-token-5e6f7a");
            assertThat(r.getHeader("Account-Id")).isEqualTo(USER_ID_SHA256).hasSize(64);
        });
    }

    @Test
    void theLatestMeasurementCarriesTheTrendArrow() {
        server.setDispatcher(regionalAccount());

        Sample latest = fetch().get(2);

        assertThat(latest.recordedAt()).isEqualTo(Instant.parse("2024-03-02T08:47:00Z"));
        assertThat(latest.trend()).contains(GlucoseTrend.FORTY_FIVE_UP);
    }

    @Test
    void malformedReadingIsSkippedWithAWarning() {
        server.setDispatcher(regionalAccount());

        try (LogCapture logs = new LogCapture()) {
            assertThat(fetch()).hasSize(3);
            assertThat(logs.warnings()).singleElement().satisfies(w -> assertThat(w).contains("FactoryTimestamp"));
        }
    }

    @Test
    void wrongPasswordIsAnAuthError() {
        server.setDispatcher(new RoutingDispatcher(page("librelinkup/login_bad_credentials.json")));

        assertThatThrownBy(this::fetch).satisfies(thrown -> {
            assertThat(errorOf(thrown)).isInstanceOf(PulseportError.AuthError.class);
            assertThat(errorOf(thrown).detail()).doesNotContain(PASSWORD.password());
        });
    }

    @Test
    void termsToAcceptIsAnAuthErrorSayingWhatToDo() {
        server.setDispatcher(new RoutingDispatcher(page("librelinkup/login_terms.json")));

        assertThatThrownBy(this::fetch).satisfies(thrown -> {
            assertThat(errorOf(thrown)).isInstanceOf(PulseportError.AuthError.class);
            assertThat(errorOf(thrown).detail()).contains("tou");
        });
    }

    @Test
    void oauthTokensAreNotLibreLinkUpCredentials() {
        assertThatThrownBy(() -> connector().fetch(Requests.oauth("2024-03-02T00:00:00Z", "2024-03-03T00:00:00Z")))
                .satisfies(thrown -> assertThat(errorOf(thrown)).isInstanceOf(PulseportError.AuthError.class));
    }

    @Test
    void marksItselfUnofficial() {
        assertThat(connector().displayName()).contains("unofficial");
    }
}
