package org.pulseport.app.engine;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.providers.dexcom.DexcomConnector;
import org.pulseport.providers.http.HttpTimeouts;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.librelinkup.LibreLinkUpConnector;
import org.pulseport.providers.librelinkup.LibreLinkUpSettings;
import org.pulseport.providers.oura.OuraConnector;
import org.pulseport.providers.whoop.WhoopConnector;

/** The cloud connectors configured from a given environment map rather than {@link System#getenv()}. */
final class CloudConnectorsFromEnvironment {

    private CloudConnectorsFromEnvironment() {
    }

    static List<SourceConnector> create(Map<String, String> env, Clock clock) {
        return List.of(
                new OuraConnector(ProviderSettings.fromEnvironment(OuraConnector.ID, OuraConnector.DEFAULTS, env),
                        HttpTimeouts.STANDARD),
                new WhoopConnector(ProviderSettings.fromEnvironment(WhoopConnector.ID, WhoopConnector.DEFAULTS, env),
                        HttpTimeouts.STANDARD, clock),
                new DexcomConnector(DexcomConnector.settingsFrom(env), HttpTimeouts.STANDARD),
                new LibreLinkUpConnector(LibreLinkUpSettings.fromEnvironment(env), HttpTimeouts.STANDARD));
    }
}
