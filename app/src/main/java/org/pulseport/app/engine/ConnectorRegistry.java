package org.pulseport.app.engine;

import java.time.Clock;
import java.util.Collection;
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

    /** Every connector registered through {@link ServiceLoader} on the class path. */
    public static ConnectorRegistry installed() {
        return new ConnectorRegistry(ServiceLoader.load(SourceConnector.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    /**
     * The installed connectors, with the cloud ones configured from {@code environment} instead of the process
     * environment (the same {@code PULSEPORT_<PROVIDER>_*} variables; tests and embedders pass their own).
     */
    public static ConnectorRegistry installed(Map<String, String> environment, Clock clock) {
        ConnectorRegistry registry = installed();
        CloudConnectorsFromEnvironment.create(environment, clock).forEach(c -> registry.connectors.replace(c.id(), c));
        return registry;
    }

    public Optional<SourceConnector> find(String id) {
        return Optional.ofNullable(connectors.get(id));
    }

    public List<SourceConnector> all() {
        return List.copyOf(connectors.values());
    }
}
