package org.pulseport.providers.oauth;

import java.util.Map;
import java.util.Optional;

/**
 * The query parameters the authorization server sent back to the loopback redirect: {@code code} and
 * {@code state} on success, {@code error} (and maybe {@code error_description}) when the user declined or the
 * request was refused.
 */
public record AuthorizationResponse(Map<String, String> parameters) {

    public AuthorizationResponse {
        parameters = Map.copyOf(parameters);
    }

    public Optional<String> code() {
        return Optional.ofNullable(parameters.get("code"));
    }

    public Optional<String> state() {
        return Optional.ofNullable(parameters.get("state"));
    }

    public Optional<String> error() {
        return Optional.ofNullable(parameters.get("error"));
    }

    @Override
    public String toString() {
        return "AuthorizationResponse[" + error().map(e -> "error=" + e).orElse("code redacted") + "]";
    }
}
