package org.pulseport.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.pulseport.providers.testing.Fixtures.json;
import static org.pulseport.providers.testing.Fixtures.status;
import static org.pulseport.providers.testing.Requests.errorOf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.Sample;
import org.pulseport.core.model.SyncWindow;
import org.pulseport.providers.dexcom.DexcomConnector;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.librelinkup.LibreLinkUpConnector;
import org.pulseport.providers.librelinkup.LibreLinkUpSettings;
import org.pulseport.providers.oura.OuraConnector;
import org.pulseport.providers.testing.MockServer;
import org.pulseport.providers.testing.Requests;
import org.pulseport.providers.testing.RoutingDispatcher;
import org.pulseport.providers.whoop.WhoopConnector;

/**
 * The error classification every connector shares, checked against each of them: 401, 403 (naming the scope),
 * 429 with Retry-After, 5xx and a server that never answers.
 */
class ConnectorErrorsTest {

    private static final HttpTimeouts SHORT = HttpTimeouts.of(Duration.ofMillis(300));

    /** How to build one connector against the test server, and where a 403 is about which scope. */
    record Case(String name, Function<String, SourceConnector> create, Credentials credentials,
                String forbiddenPath, MockResponse otherwise, String scope) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> connectors() {
        Credentials tokens = Requests.oauth("2024-03-01T00:00:00Z", "2024-03-02T00:00:00Z").credentials();
        return Stream.of(
                new Case("oura", url -> new OuraConnector(ProviderSettings.fromEnvironment("oura", OuraConnector.DEFAULTS,
                        Map.of("PULSEPORT_OURA_API_URL", url)), SHORT), tokens,
                        "/v2/usercollection/heartrate", json("{\"data\":[],\"next_token\":null}"), "heartrate"),
                new Case("whoop", url -> new WhoopConnector(ProviderSettings.fromEnvironment("whoop",
                        WhoopConnector.DEFAULTS, Map.of("PULSEPORT_WHOOP_API_URL", url)), SHORT,
                        Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC)), tokens,
                        "/v2/user/measurement/body", json("{\"records\":[],\"next_token\":null}"), "read:body_measurement"),
                new Case("dexcom", url -> new DexcomConnector(DexcomConnector.settingsFrom(
                        Map.of("PULSEPORT_DEXCOM_API_URL", url)), SHORT), tokens,
                        "/v3/users/self/dataRange", json("{}"), "offline_access"),
                new Case("librelinkup", url -> new LibreLinkUpConnector(LibreLinkUpSettings.fromEnvironment(
                        Map.of("PULSEPORT_LIBRELINKUP_API_URL", url)), SHORT),
                        new Credentials.Password("ada@example.org", "pw"),
                        "/llu/auth/login", json("{}"), ""));
    }

    @RegisterExtension
    final MockServer server = new MockServer();

    private PulseportError errorFetching(Case connector, RoutingDispatcher dispatcher) {
        server.setDispatcher(dispatcher);
        FetchRequest request = new FetchRequest(Requests.SOURCE, connector.credentials(),
                new SyncWindow(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z")));
        String base = server.baseUrl();
        Throwable thrown = catchThrowable(() -> {
            try (Stream<Sample> samples = connector.create().apply(base).fetch(request)) {
                samples.forEach(sample -> { });
            }
        });
        assertThat(thrown).isInstanceOf(PulseportException.class);
        return errorOf(thrown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void unauthorizedIsAnAuthError(Case connector) {
        assertThat(errorFetching(connector, new RoutingDispatcher(status(401))))
                .isInstanceOf(PulseportError.AuthError.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void forbiddenIsAnAuthErrorNamingTheMissingScope(Case connector) {
        PulseportError error = errorFetching(connector,
                new RoutingDispatcher(connector.otherwise()).on(connector.forbiddenPath(), status(403)));

        assertThat(error).isInstanceOf(PulseportError.AuthError.class);
        assertThat(error.detail()).contains("403").contains(connector.scope());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void tooManyRequestsIsRateLimitedWithTheRequestedDelay(Case connector) {
        PulseportError error = errorFetching(connector,
                new RoutingDispatcher(status(429).setHeader("Retry-After", "120")));

        assertThat(error).isInstanceOfSatisfying(PulseportError.RateLimited.class,
                limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(120)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void rateLimitResetHeaderIsUsedWithoutRetryAfter(Case connector) {
        PulseportError error = errorFetching(connector,
                new RoutingDispatcher(status(429).setHeader("X-RateLimit-Reset", "45")));

        assertThat(error).isInstanceOfSatisfying(PulseportError.RateLimited.class,
                limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(45)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void serverErrorIsARetryableProviderError(Case connector) {
        PulseportError error = errorFetching(connector, new RoutingDispatcher(status(502)));

        assertThat(error).isInstanceOf(PulseportError.ProviderError.class);
        assertThat(error.retryable()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void silentServerIsANetworkError(Case connector) {
        PulseportError error = errorFetching(connector,
                new RoutingDispatcher(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE)));

        assertThat(error).isInstanceOf(PulseportError.NetworkError.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectors")
    void bodyThatIsNotJsonIsAProviderError(Case connector) {
        PulseportError error = errorFetching(connector,
                new RoutingDispatcher(new MockResponse().setBody("<html>maintenance</html>")));

        assertThat(error).isInstanceOf(PulseportError.ProviderError.class);
    }
}
