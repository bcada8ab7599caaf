package org.pulseport.providers.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A real OAuth2 authorization server in-process (mock-oauth2-server: PKCE checked, refresh tokens rotated,
 * RFC 7009 revocation) plus a scripted "browser" that follows the authorize redirect to the loopback listener.
 */
final class OAuthTestServer implements AutoCloseable {

    static final String ISSUER = "pulseport-test";
    static final String CLIENT_SECRET = "client-secret-9d8c7b";

    final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(false, null, null, true));
    final OkHttpClient http = new OkHttpClient();

    OAuthTestServer() {
        server.start();
    }

    OAuthClientConfig client(boolean pkce) {
        return new OAuthClientConfig("testprovider", server.authorizationEndpointUrl(ISSUER).toString(),
                server.tokenEndpointUrl(ISSUER).toString(), "pulseport-desktop", CLIENT_SECRET,
                List.of("openid", "offline"), pkce, new Revocation.Rfc7009(server.revocationEndpointUrl(ISSUER).toString()));
    }

    /**
     * A browser that opens the authorization URL (after {@code editAuthorizeUrl}), reads the redirect the
     * server answers with, and delivers it (after {@code editRedirect}) to the loopback listener.
     */
    BrowserLauncher browser(UnaryOperator<String> editAuthorizeUrl, UnaryOperator<String> editRedirect,
                            AtomicReference<URI> openedUrl) {
        OkHttpClient noRedirects = http.newBuilder().followRedirects(false).build();
        return url -> {
            openedUrl.set(url);
            try (Response consent = noRedirects.newCall(new Request.Builder()
                    .url(editAuthorizeUrl.apply(url.toString())).build()).execute()) {
                String location = consent.header("Location");
                try (Response ignored = noRedirects.newCall(new Request.Builder()
                        .url(editRedirect.apply(location)).build()).execute()) {
                    openedUrl.set(url);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    BrowserLauncher browser(AtomicReference<URI> openedUrl) {
        return browser(UnaryOperator.identity(), UnaryOperator.identity(), openedUrl);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
