package org.pulseport.providers.oauth;

import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.model.OAuthResponseException;
import com.github.scribejava.core.model.Response;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.providers.http.RetryAfter;

/**
 * Classifies failures of calls to an authorization server into the shared taxonomy. A refused grant
 * ({@code invalid_grant}, {@code invalid_client}, ...) is an auth error: the user must reconnect. 429 and 5xx
 * stay retryable. Messages name the provider, the operation and the OAuth error code, never a token.
 */
final class OAuthErrors {

    private final String provider;
    private final RetryAfter retryAfter;

    OAuthErrors(String provider, Clock clock) {
        this.provider = provider;
        this.retryAfter = new RetryAfter(clock);
    }

    PulseportException classify(String operation, Exception failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new PulseportException(new PulseportError.NetworkError(provider + " " + operation + " interrupted"), cause);
        }
        if (cause instanceof OAuthResponseException refused) {
            return new PulseportException(refused(operation, refused), cause);
        }
        if (cause instanceof IOException io) {
            return new PulseportException(new PulseportError.NetworkError(provider + " " + operation
                    + " got no answer: " + io.getClass().getSimpleName()), cause);
        }
        if (cause instanceof OAuthException || cause instanceof IllegalArgumentException) {
            return new PulseportException(new PulseportError.ProviderError(provider + " " + operation
                    + " returned an answer that is not a valid OAuth2 token response"), cause);
        }
        return new PulseportException(new PulseportError.UnexpectedError(provider + " " + operation + " failed: "
                + cause.getClass().getSimpleName()), cause);
    }

    PulseportException authError(String detail) {
        return new PulseportException(new PulseportError.AuthError(provider + " " + detail));
    }

    private PulseportError refused(String operation, OAuthResponseException refused) {
        Response response = refused.getResponse();
        int code = response.getCode();
        String what = provider + " " + operation + " answered " + code;
        if (code == 429) {
            return new PulseportError.RateLimited(
                    retryAfter.of(response.getHeader("Retry-After"), response.getHeader("X-RateLimit-Reset")), what);
        }
        if (code >= 500) {
            return new PulseportError.ProviderError(what);
        }
        String error = refused instanceof OAuth2AccessTokenErrorResponse tokenError && tokenError.getError() != null
                ? tokenError.getError().getErrorString() : "unknown error";
        return new PulseportError.AuthError(what + " (" + error + "): the grant was refused, reconnect the account");
    }
}
