package org.pulseport.providers.oauth;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;
import com.github.scribejava.httpclient.okhttp.OkHttpHttpClient;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Builds ScribeJava services for a provider from its {@link OAuthClientConfig}, sending HTTP through the given
 * OkHttp client (so timeouts apply) and authenticating the client in the request body, the method Oura, WHOOP
 * and Dexcom all document.
 */
final class ScribeServices {

    private ScribeServices() {
    }

    static OAuth20Service create(OAuthClientConfig config, Optional<String> redirectUri, OkHttpClient http) {
        ServiceBuilder builder = new ServiceBuilder(config.clientId())
                .apiSecret(config.clientSecret())
                .httpClient(new OkHttpHttpClient(http));
        if (!config.scopes().isEmpty()) {
            builder.defaultScope(String.join(" ", config.scopes()));
        }
        redirectUri.ifPresent(builder::callback);
        return builder.build(new ConfiguredApi(config));
    }

    /** A ScribeJava API definition whose endpoints come from configuration instead of constants. */
    private static final class ConfiguredApi extends DefaultApi20 {

        private final OAuthClientConfig config;

        ConfiguredApi(OAuthClientConfig config) {
            this.config = config;
        }

        @Override
        public String getAccessTokenEndpoint() {
            return config.tokenUrl();
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return config.authorizeUrl();
        }

        @Override
        public String getRevokeTokenEndpoint() {
            if (config.revocation() instanceof Revocation.Rfc7009 rfc7009) {
                return rfc7009.url();
            }
            throw new UnsupportedOperationException(config.providerId() + " has no RFC 7009 revocation endpoint");
        }

        @Override
        public ClientAuthentication getClientAuthentication() {
            return RequestBodyAuthenticationScheme.instance();
        }
    }
}
