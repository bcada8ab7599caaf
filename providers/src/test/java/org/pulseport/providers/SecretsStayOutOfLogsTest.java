package org.pulseport.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.pulseport.providers.testing.Fixtures.json;
import static org.pulseport.providers.testing.Fixtures.page;
import static org.pulseport.providers.testing.Fixtures.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.librelinkup.LibreLinkUpConnector;
import org.pulseport.providers.librelinkup.LibreLinkUpSettings;
import org.pulseport.providers.oauth.OAuthFlowsForTests;
import org.pulseport.providers.oauth.OAuthTokenSet;
import org.pulseport.providers.oura.OuraConnector;
import org.pulseport.providers.testing.LogCapture;
import org.pulseport.providers.testing.MockServer;
import org.pulseport.providers.testing.Requests;
import org.pulseport.providers.testing.RoutingDispatcher;

/**
 * Runs sign-in, refresh, revocation and fetches (successful, malformed and failing) with every Pulseport logger
 * at TRACE, then checks that no token, client secret or password appears in any log line or error message.
 */
class SecretsStayOutOfLogsTest {

    private static final String PASSWORD = "s3cret-Pa55word!";
    private static final String LLU_TOKEN = "llu-session-token-5e6f7a";

    @RegisterExtension
    final MockServer server = new MockServer();
    private final List<String> secrets = new ArrayList<>(List.of(Requests.ACCESS_TOKEN, "refresh-token-1b2c",
            PASSWORD, LLU_TOKEN, "client-secret-9d8c7b"));
    private final List<String> texts = new ArrayList<>();

    @Test
    void noSecretReachesTheLogsOrErrorMessages() {
        try (LogCapture logs = new LogCapture()) {
            oauthLifecycle();
            ouraFetches();
            libreLinkUpFetches();

            assertThat(logs.lines()).as("the test exercised logging").isNotEmpty()
                    .anySatisfy(line -> assertThat(line).contains("GET /v2/usercollection"))
                    .anySatisfy(line -> assertThat(line).contains("skipped record"));
            texts.addAll(logs.lines());
        }
        assertThat(secrets).hasSizeGreaterThan(5);
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }

    private void oauthLifecycle() {
        try (OAuthFlowsForTests flows = new OAuthFlowsForTests()) {
            OAuthTokenSet signedIn = flows.signIn(new AtomicReference<URI>());
            OAuthTokenSet refreshed = flows.refresh(signedIn);
            flows.revoke(refreshed);
            secrets.add(signedIn.accessToken());
            signedIn.refreshToken().ifPresent(secrets::add);
            secrets.add(refreshed.accessToken());
            refreshed.refreshToken().ifPresent(secrets::add);
            texts.add(signedIn.toString());
            texts.add(flows.config().toString());
            texts.add(String.valueOf(catchThrowable(() -> flows.refresh(
                    new OAuthTokenSet("x", Optional.empty(), Optional.empty(), Set.of())))));
        }
    }

    private void ouraFetches() {
        ProviderSettings settings = ProviderSettings.fromEnvironment("oura", OuraConnector.DEFAULTS, Map.of(
                "PULSEPORT_OURA_API_URL", server.baseUrl(),
                "PULSEPORT_OURA_CLIENT_ID", "client-id", "PULSEPORT_OURA_CLIENT_SECRET", "client-secret-9d8c7b"));
        OuraConnector oura = new OuraConnector(settings, HttpTimeouts.of(Duration.ofMillis(500)));
        texts.add(settings.toString());
        texts.add(String.valueOf(oura.oauthClient().orElseThrow()));
        server.setDispatcher(new RoutingDispatcher(json("{\"data\":[],\"next_token\":null}"))
                .on("/v2/usercollection/daily_readiness", page("oura/daily_readiness_malformed.json")));
        drain(oura, Requests.oauth("2024-02-28T00:00:00Z", "2024-03-05T00:00:00Z"));
        server.setDispatcher(new RoutingDispatcher(status(401)));
        drain(oura, Requests.oauth("2024-02-28T00:00:00Z", "2024-03-05T00:00:00Z"));
        texts.add(Requests.oauth("2024-02-28T00:00:00Z", "2024-03-05T00:00:00Z").credentials().toString());
    }

    private void libreLinkUpFetches() {
        LibreLinkUpConnector libre = new LibreLinkUpConnector(LibreLinkUpSettings.fromEnvironment(Map.of(
                "PULSEPORT_LIBRELINKUP_API_URL", server.url("/").toString())), HttpTimeouts.of(Duration.ofMillis(500)));
        FetchRequest request = new FetchRequest(Requests.SOURCE, new Credentials.Password("ada@example.org", PASSWORD),
                new SyncWindow(Instant.parse("2024-03-02T00:00:00Z"), Instant.parse("2024-03-03T00:00:00Z")));
        server.setDispatcher(new RoutingDispatcher(status(404))
                .on("/llu/auth/login", page("librelinkup/login.json"))
                .on("/llu/connections", page("librelinkup/connections.json"))
                .on("/llu/connections/7e8f9a0b-1111-4111-8111-111111111111/graph", page("librelinkup/graph.json")));
        drain(libre, request);
        server.setDispatcher(new RoutingDispatcher(page("librelinkup/login_bad_credentials.json")));
        drain(libre, request);
        texts.add(request.credentials().toString());
    }

    private void drain(SourceConnector connector, FetchRequest request) {
        Throwable failure = catchThrowable(() -> {
            try (Stream<Sample> samples = connector.fetch(request)) {
                samples.forEach(sample -> { });
            }
        });
        texts.add(String.valueOf(failure));
    }
}
