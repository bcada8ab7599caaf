package org.pulseport.providers.oauth;

import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.revoke.TokenTypeHint;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.pulseport.core.error.PulseportException;
import org.pulseport.providers.http.BearerToken;
import org.pulseport.providers.http.ResponseClassifier;
import org.pulseport.providers.http.RetryAfter;

/**
 * Gives tokens back to the provider when the user disconnects, in whichever way the provider offers
 * ({@link Revocation}). Providers without a revocation call report {@code false}: the user revokes access in
 * the provider's account settings.
 */
public final class TokenRevoker {

    private final OAuthClientConfig config;
    private final OkHttpClient http;
    private final OAuthErrors errors;
    private final ResponseClassifier classifier;

    public TokenRevoker(OAuthClientConfig config, OkHttpClient http, Clock clock) {
        this.config = config;
        this.http = http;
        this.errors = new OAuthErrors(config.providerId(), clock);
        this.classifier = new ResponseClassifier(config.providerId(), new RetryAfter(clock));
    }

    /** Revokes the grant behind {@code tokens}; {@code false} when the provider offers no revocation. */
    public boolean revoke(OAuthTokenSet tokens) {
        Revocation revocation = config.revocation();
        if (revocation instanceof Revocation.Rfc7009) {
            revokeRfc7009(tokens);
        } else if (revocation instanceof Revocation.AccessTokenQuery query) {
            HttpUrl url = HttpUrl.get(query.url()).newBuilder()
                    .addQueryParameter("access_token", tokens.accessToken()).build();
            send(new Request.Builder().url(url).get().build());
        } else if (revocation instanceof Revocation.BearerDelete delete) {
            send(new Request.Builder().url(delete.url())
                    .header("Authorization", BearerToken.header(tokens.accessToken())).delete().build());
        } else {
            return false;
        }
        return true;
    }

    private void revokeRfc7009(OAuthTokenSet tokens) {
        OAuth20Service service = ScribeServices.create(config, Optional.empty(), http);
        try {
            if (tokens.refreshToken().isPresent()) {
                service.revokeToken(tokens.refreshToken().get(), TokenTypeHint.REFRESH_TOKEN);
            } else {
                service.revokeToken(tokens.accessToken(), TokenTypeHint.ACCESS_TOKEN);
            }
        } catch (IOException | InterruptedException | ExecutionException | OAuthException | IllegalArgumentException e) {
            throw errors.classify("token revocation", e);
        }
    }

    private void send(Request request) {
        String path = request.url().encodedPath();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new PulseportException(classifier.classify(response, path, Optional.empty()));
            }
        } catch (IOException failure) {
            throw new PulseportException(classifier.network(failure, path), failure);
        }
    }
}
