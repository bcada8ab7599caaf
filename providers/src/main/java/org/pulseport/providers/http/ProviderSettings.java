package org.pulseport.providers.http;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Where one cloud provider lives and how this installation identifies itself to it: API base URL, OAuth
 * authorize and token URLs, client id and secret.
 *
 * <p>Built from environment variables {@code PULSEPORT_<PROVIDER>_API_URL}, {@code _AUTH_URL}, {@code _TOKEN_URL},
 * {@code _CLIENT_ID} and {@code _CLIENT_SECRET}; URLs fall back to the provider's documented production
 * defaults, client credentials never do (they belong to whoever registered the application).
 */
public record ProviderSettings(
        String providerId,
        String apiUrl,
        String authUrl,
        String tokenUrl,
        Optional<String> clientId,
        Optional<String> clientSecret) {

    public ProviderSettings {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(authUrl, "authUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }

    /** The documented production endpoints of a provider, used when no environment variable overrides them. */
    public record Defaults(String apiUrl, String authUrl, String tokenUrl) {
    }

    /** Settings read from the given environment (normally {@link System#getenv()}). */
    public static ProviderSettings fromEnvironment(String providerId, Defaults defaults, Map<String, String> env) {
        String prefix = environmentPrefix(providerId);
        return new ProviderSettings(providerId,
                value(env, prefix + "API_URL").orElse(defaults.apiUrl()),
                value(env, prefix + "AUTH_URL").orElse(defaults.authUrl()),
                value(env, prefix + "TOKEN_URL").orElse(defaults.tokenUrl()),
                value(env, prefix + "CLIENT_ID"),
                value(env, prefix + "CLIENT_SECRET"));
    }

    /** The prefix of this provider's environment variables, e.g. {@code PULSEPORT_OURA_}. */
    public static String environmentPrefix(String providerId) {
        return "PULSEPORT_" + providerId.toUpperCase(Locale.ROOT) + "_";
    }

    /** Whether the OAuth client credentials are present, and if not, how to provide them. */
    public ConfigurationStatus status() {
        if (clientId.isPresent() && clientSecret.isPresent()) {
            return new ConfigurationStatus.Configured();
        }
        String prefix = environmentPrefix(providerId);
        return new ConfigurationStatus.NotConfigured(providerId + " is not configured: register an application"
                + " with the provider, then set " + prefix + "CLIENT_ID and " + prefix + "CLIENT_SECRET"
                + " in the environment before starting Pulseport.");
    }

    /** The API base URL, parsed; a clear error naming the environment variable when it is not an http(s) URL. */
    public HttpUrl apiHttpUrl() {
        return Urls.parse(environmentPrefix(providerId) + "API_URL", apiUrl);
    }

    /** A non-blank environment value, trimmed. */
    public static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "ProviderSettings[" + providerId + ", api=" + apiUrl + ", clientId "
                + (clientId.isPresent() ? "set" : "missing") + ", secret redacted]";
    }
}
