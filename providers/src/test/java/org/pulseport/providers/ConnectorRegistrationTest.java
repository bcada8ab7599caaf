package org.pulseport.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.providers.oauth.OAuthSource;

class ConnectorRegistrationTest {

    private final List<SourceConnector> connectors = ServiceLoader.load(SourceConnector.class).stream()
            .map(ServiceLoader.Provider::get).collect(Collectors.toList());

    @Test
    void everyConnectorIsFoundByTheServiceLoader() {
        assertThat(connectors).extracting(SourceConnector::id)
                .containsExactlyInAnyOrder("sandbox", "oura", "whoop", "dexcom", "librelinkup");
        assertThat(connectors).allSatisfy(c -> assertThat(c.capabilities()).isNotEmpty());
    }

    @Test
    void oauthProvidersAnswerWhetherTheyAreConfigured() {
        assertThat(connectors).filteredOn(c -> c instanceof OAuthSource).extracting(SourceConnector::id)
                .containsExactlyInAnyOrder("oura", "whoop", "dexcom");
        assertThat(connectors).filteredOn(c -> c instanceof OAuthSource)
                .allSatisfy(c -> assertThat(((OAuthSource) c).configuration()).isNotNull());
    }
}
