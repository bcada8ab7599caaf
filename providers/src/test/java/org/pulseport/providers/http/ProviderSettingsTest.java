package org.pulseport.providers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;

class ProviderSettingsTest {

    private static final ProviderSettings.Defaults DEFAULTS = new ProviderSettings.Defaults(
            "https://api.example.test", "https://auth.example.test/authorize", "https://auth.example.test/token");

    @Test
    void environmentOverridesTheDocumentedDefaults() {
        ProviderSettings settings = ProviderSettings.fromEnvironment("acme", DEFAULTS, Map.of(
                "PULSEPORT_ACME_API_URL", "http://127.0.0.1:9000", "PULSEPORT_ACME_TOKEN_URL", "http://127.0.0.1:9001/t",
                "PULSEPORT_ACME_CLIENT_ID", " id ", "PULSEPORT_ACME_CLIENT_SECRET", "secret-value"));

        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9000");
        assertThat(settings.authUrl()).isEqualTo("https://auth.example.test/authorize");
        assertThat(settings.tokenUrl()).isEqualTo("http://127.0.0.1:9001/t");
        assertThat(settings.clientId()).contains("id");
        assertThat(settings.status()).isInstanceOf(ConfigurationStatus.Configured.class);
        assertThat(settings.toString()).doesNotContain("secret-value");
    }

    @Test
    void blankCredentialsCountAsMissing() {
        ProviderSettings settings = ProviderSettings.fromEnvironment("acme", DEFAULTS,
                Map.of("PULSEPORT_ACME_CLIENT_ID", "id", "PULSEPORT_ACME_CLIENT_SECRET", "  "));

        assertThat(settings.status()).isInstanceOfSatisfying(ConfigurationStatus.NotConfigured.class,
                missing -> assertThat(missing.howToConfigure()).contains("PULSEPORT_ACME_CLIENT_SECRET"));
    }

    @Test
    void anInvalidUrlIsAClearErrorNamingTheVariable() {
        ProviderSettings settings = ProviderSettings.fromEnvironment("acme", DEFAULTS,
                Map.of("PULSEPORT_ACME_API_URL", "api.example.test without scheme"));

        assertThatThrownBy(settings::apiHttpUrl).isInstanceOfSatisfying(PulseportException.class, e -> {
            assertThat(e.error()).isInstanceOf(PulseportError.UnexpectedError.class);
            assertThat(e.error().detail()).contains("PULSEPORT_ACME_API_URL");
        });
    }
}
