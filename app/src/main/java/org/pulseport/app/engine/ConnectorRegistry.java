package org.pulseport.app.engine;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.pulseport.core.connector.SourceConnector;

/** The source connectors available in this installation, by id. */
public final class ConnectorRegistry {

    private final Map<String, SourceConnector> connectors = new LinkedHashMap<>();

    public ConnectorRegistry(Collection<? extends SourceConnector> available) {
        available.forEach(c -> connectors.put(c.id(), c));
    }

    /**
     * The connectors registered through {@link ServiceLoader} on the class path, the cloud ones configured from
     * {@code environment} instead of the process environment (the same {@code PULSEPORT_<PROVIDER>_*} variables;
     * tests and embedders pass their own). A connector configured here is not also built by the loader.
     */
    public static ConnectorRegistry installed(Map<String, String> environment, Clock clock) {
        Map<Class<?>, SourceConnector> configured = new HashMap<>();
        CloudConnectorsFromEnvironment.create(environment, clock).forEach(c -> configured.put(c.getClass(), c));
        return new ConnectorRegistry(ServiceLoader.load(SourceConnector.class).stream()
                .map(provider -> configured.containsKey(provider.type()) ? configured.get(provider.type()) : provider.get())
                .toList());
    }

    public Optional<SourceConnector> find(String id) {
        return Optional.ofNullable(connectors.get(id));
    }

    public List<SourceConnector> all() {
        return List.copyOf(connectors.values());
    }
}
