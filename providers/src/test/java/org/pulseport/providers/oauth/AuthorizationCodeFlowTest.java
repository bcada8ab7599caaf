package org.pulseport.providers.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pulseport.providers.testing.Requests.errorOf;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pulseport.core.error.PulseportError;

class AuthorizationCodeFlowTest {

    private final OAuthTestServer auth = new OAuthTestServer();
    private final AtomicReference<URI> opened = new AtomicReference<>();

    @AfterEach
    void stop() {
        auth.close();
    }

    private AuthorizationCodeFlow flow(boolean pkce, BrowserLauncher browser) {
        return new AuthorizationCodeFlow(auth.client(pkce), auth.http, browser, Clock.systemUTC());
    }

    @Test
    void signsInThroughTheLoopbackListenerWithPkce() {
        OAuthTokenSet tokens = flow(true, auth.browser(opened)).authorize(Duration.ofSeconds(10));

        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(tokens.refreshToken()).isPresent();
        assertThat(tokens.expiresAt()).hasValueSatisfying(at -> assertThat(at).isAfter(Instant.now()));
        HttpUrl authorize = HttpUrl.get(opened.get());
        assertThat(authorize.queryParameter("response_type")).isEqualTo("code");
        assertThat(authorize.queryParameter("client_id")).isEqualTo("pulseport-desktop");
        assertThat(authorize.queryParameter("scope")).isEqualTo("openid offline");
        assertThat(authorize.queryParameter("state")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(authorize.queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize.queryParameter("code_challenge")).isNotBlank();
        assertThat(authorize.queryParameter("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/callback");
    }

    @Test
    void providersWithoutPkceGetNoChallenge() {
        OAuthTokenSet tokens = flow(false, auth.browser(opened)).authorize(Duration.ofSeconds(10));

        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(HttpUrl.get(opened.get()).queryParameter("code_challenge")).isNull();
    }

    @Test
    void theServerRejectsACodeWhoseChallengeWasTamperedWith() {
        BrowserLauncher tampering = auth.browser(
                url -> HttpUrl.get(url).newBuilder().setQueryParameter("code_challenge",
                        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM").build().toString(),
                redirect -> redirect, opened);

        assertSignInRefused(tampering, Duration.ofSeconds(10), "invalid_grant");
    }

    @Test
    void aRedirectWithAnotherStateIsRejected() {
        BrowserLauncher forged = auth.browser(url -> url,
                redirect -> HttpUrl.get(redirect).newBuilder().setQueryParameter("state", "forged").build().toString(),
                opened);

        assertSignInRefused(forged, Duration.ofSeconds(10), "unexpected state");
    }

    @Test
    void aDeclinedSignInIsAnAuthError() {
        BrowserLauncher declining = auth.browser(url -> url,
                redirect -> HttpUrl.get(redirect).newBuilder().query(null)
                        .addQueryParameter("error", "access_denied").build().toString(), opened);

        assertSignInRefused(declining, Duration.ofSeconds(10), "access_denied");
    }

    @Test
    void aSignInNeverCompletedTimesOut() {
        assertSignInRefused(opened::set, Duration.ofMillis(200), "not completed");
        assertThat(opened.get()).isNotNull();
    }

    private void assertSignInRefused(BrowserLauncher browser, Duration timeout, String reason) {
        assertThatThrownBy(() -> flow(true, browser).authorize(timeout)).satisfies(thrown -> {
            assertThat(errorOf(thrown)).isInstanceOf(PulseportError.AuthError.class);
            assertThat(errorOf(thrown).detail()).contains(reason);
        });
    }
}
