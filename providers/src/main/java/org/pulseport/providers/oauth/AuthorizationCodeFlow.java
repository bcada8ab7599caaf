package org.pulseport.providers.oauth;

import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.AuthorizationUrlBuilder;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.pkce.PKCE;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import org.pulseport.core.error.PulseportException;

/**
 * The OAuth2 authorization-code sign-in of a desktop app (RFC 8252): opens the provider's page in the system
 * browser, receives the redirect on a loopback listener, checks {@code state}, and exchanges the code (with
 * the PKCE S256 verifier where the provider supports PKCE) for tokens.
 */
public final class AuthorizationCodeFlow {

    private static final int STATE_BYTES = 32;

    private final OAuthClientConfig config;
    private final OkHttpClient http;
    private final BrowserLauncher browser;
    private final Clock clock;
    private final OAuthErrors errors;
    private final SecureRandom random = new SecureRandom();

    public AuthorizationCodeFlow(OAuthClientConfig config, OkHttpClient http, BrowserLauncher browser, Clock clock) {
        this.config = config;
        this.http = http;
        this.browser = browser;
        this.clock = clock;
        this.errors = new OAuthErrors(config.providerId(), clock);
    }

    /**
     * Runs the sign-in and returns the issued tokens; waits at most {@code timeout} for the user. Failures are
     * {@link PulseportException}s: auth error when the user declines, the state does not match or the code is
     * refused; network or provider error when the token endpoint cannot be reached.
     */
    public OAuthTokenSet authorize(Duration timeout) {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            OAuth20Service service = ScribeServices.create(config, Optional.of(receiver.redirectUri().toString()), http);
            String state = newState();
            AuthorizationUrlBuilder url = service.createAuthorizationUrlBuilder().state(state);
            Optional<PKCE> pkce = Optional.empty();
            if (config.pkce()) {
                url.initPKCE();
                pkce = Optional.of(url.getPkce());
            }
            browser.open(URI.create(url.build()));
            String code = verifiedCode(receiver.await(timeout), state);
            AccessTokenRequestParams exchange = AccessTokenRequestParams.create(code);
            pkce.ifPresent(p -> exchange.pkceCodeVerifier(p.getCodeVerifier()));
            OAuth2AccessToken token = service.getAccessToken(exchange);
            return TokenResponses.toTokenSet(token, clock, config.scopes());
        } catch (TimeoutException waitedTooLong) {
            throw errors.authError("sign-in was not completed within " + timeout.toSeconds() + " s");
        } catch (IOException | InterruptedException | ExecutionException | OAuthException | IllegalArgumentException e) {
            throw errors.classify("authorization code exchange", e);
        }
    }

    private String verifiedCode(AuthorizationResponse response, String expectedState) {
        if (response.error().isPresent()) {
            throw errors.authError("sign-in was declined or refused (" + response.error().get() + ")");
        }
        if (!response.state().map(expectedState::equals).orElse(false)) {
            throw errors.authError("sign-in answered with an unexpected state; ignored as a possible forgery");
        }
        return response.code().orElseThrow(() -> errors.authError("sign-in answered without an authorization code"));
    }

    private String newState() {
        byte[] bytes = new byte[STATE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
