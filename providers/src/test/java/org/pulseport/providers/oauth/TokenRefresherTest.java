package org.pulseport.providers.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pulseport.providers.testing.Requests.errorOf;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pulseport.core.error.PulseportError;

class TokenRefresherTest {

    private final OAuthTestServer auth = new OAuthTestServer();

    @AfterEach
    void stop() {
        auth.close();
    }

    private OAuthTokenSet signIn() {
        return new AuthorizationCodeFlow(auth.client(true), auth.http, auth.browser(new AtomicReference<URI>()),
                Clock.systemUTC()).authorize(Duration.ofSeconds(10));
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        OAuthTokenSet first = signIn();
        TokenRefresher refresher = new TokenRefresher(auth.client(true), auth.http, Clock.systemUTC());

        OAuthTokenSet second = refresher.refresh(first);
        OAuthTokenSet third = refresher.refresh(second);

        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.refreshToken()).isPresent().isNotEqualTo(first.refreshToken());
        assertThat(third.refreshToken()).isPresent().isNotEqualTo(second.refreshToken());
        assertThat(second.expiresAt()).isPresent();
    }

    @Test
    void revocationUsesTheServersRfc7009Endpoint() {
        OAuthTokenSet tokens = signIn();

        assertThat(new TokenRevoker(auth.client(true), auth.http, Clock.systemUTC()).revoke(tokens)).isTrue();
    }

    @Test
    void connectionWithoutRefreshTokenMustReconnect() {
        OAuthTokenSet accessOnly = new OAuthTokenSet("a", Optional.empty(), Optional.empty(), Set.of());
        TokenRefresher refresher = new TokenRefresher(auth.client(true), auth.http, Clock.systemUTC());

        assertThatThrownBy(() -> refresher.refresh(accessOnly)).satisfies(thrown ->
                assertThat(errorOf(thrown)).isInstanceOf(PulseportError.AuthError.class));
    }

    /**
     * mock-oauth2-server issues tokens for any refresh token it does not know (it falls back to its default
     * claims), so a refused refresh is played by a token endpoint answering as RFC 6749 §5.2 prescribes.
     */
    @Test
    void refusedRefreshIsAnAuthErrorWithTheOAuthErrorCode() throws IOException {
        try (MockWebServer tokenEndpoint = new MockWebServer()) {
            tokenEndpoint.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                    .setBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}"));
            OAuthClientConfig config = new OAuthClientConfig("testprovider", "http://unused/authorize",
                    tokenEndpoint.url("/token").toString(), "id", "secret", java.util.List.of("offline"), false,
                    new Revocation.Unsupported());

            assertThatThrownBy(() -> new TokenRefresher(config, auth.http, Clock.systemUTC())
                    .refresh(new OAuthTokenSet("a", Optional.of("old-refresh"), Optional.empty(), Set.of())))
                    .satisfies(thrown -> {
                        assertThat(errorOf(thrown)).isInstanceOf(PulseportError.AuthError.class);
                        assertThat(errorOf(thrown).detail()).contains("invalid_grant").doesNotContain("old-refresh");
                    });
        }
    }

    @Test
    void tokenEndpointOutageIsRetryable() throws IOException {
        try (MockWebServer tokenEndpoint = new MockWebServer()) {
            tokenEndpoint.enqueue(new MockResponse().setResponseCode(503).setBody("down"));
            OAuthClientConfig config = new OAuthClientConfig("testprovider", "http://unused/authorize",
                    tokenEndpoint.url("/token").toString(), "id", "secret", java.util.List.of("offline"), false,
                    new Revocation.Unsupported());

            assertThatThrownBy(() -> new TokenRefresher(config, auth.http, Clock.systemUTC())
                    .refresh(new OAuthTokenSet("a", Optional.of("r"), Optional.empty(), Set.of())))
                    .satisfies(thrown -> assertThat(errorOf(thrown)).isInstanceOf(PulseportError.ProviderError.class));
        }
    }
}
