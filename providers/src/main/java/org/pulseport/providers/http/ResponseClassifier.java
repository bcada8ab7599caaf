package org.pulseport.providers.http;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.pulseport.core.error.PulseportError;

/**
 * Turns an unsuccessful provider answer into the shared error taxonomy: 429 → rate limited (with the
 * provider's requested delay), 401 → sign-in no longer valid, 403 → a missing scope (named), 404 → record not
 * found, 5xx → provider error, I/O failures and timeouts → network error. Details carry the provider and the
 * request path, never headers, query strings or bodies (they can hold tokens).
 */
public final class ResponseClassifier {

    private static final Pattern SCOPE_IN_CHALLENGE = Pattern.compile("scope=\"([^\"]*)\"");

    private final String provider;
    private final RetryAfter retryAfter;

    public ResponseClassifier(String provider, RetryAfter retryAfter) {
        this.provider = provider;
        this.retryAfter = retryAfter;
    }

    /** Classifies a non-2xx response to a request for {@code path} that needed {@code requiredScope}. */
    public PulseportError classify(Response response, String path, Optional<String> requiredScope) {
        int code = response.code();
        String what = provider + " answered " + code + " to " + path;
        if (code == 429) {
            return new PulseportError.RateLimited(retryAfter.of(response), what);
        }
        if (code == 401) {
            return new PulseportError.AuthError(what + ": the access token was rejected");
        }
        if (code == 403) {
            return new PulseportError.AuthError(what + ": " + missingScope(response, requiredScope));
        }
        if (code == 404) {
            return new PulseportError.RecordNotFound(what);
        }
        if (code >= 500) {
            return new PulseportError.ProviderError(what);
        }
        return new PulseportError.UnexpectedError(what);
    }

    /** Classifies a failure to get any answer (timeout, refused connection, dropped stream). */
    public PulseportError network(IOException failure, String path) {
        return new PulseportError.NetworkError(provider + " did not answer " + path + ": "
                + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : " " + failure.getMessage()));
    }

    private String missingScope(Response response, Optional<String> requiredScope) {
        String challenge = response.header("WWW-Authenticate");
        Optional<String> named = Optional.ofNullable(challenge).map(SCOPE_IN_CHALLENGE::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).or(() -> requiredScope);
        return named.map(scope -> "the connection was not granted the scope '" + scope
                        + "'; reconnect and allow it")
                .orElse("the connection is not allowed to read this data; reconnect and allow it");
    }
}
