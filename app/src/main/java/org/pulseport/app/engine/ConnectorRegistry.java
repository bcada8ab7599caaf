package org.pulseport.app.engine;

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

    public Optional<SourceConnector> find(String id) {
        return Optional.ofNullable(connectors.get(id));
    }

    public List<SourceConnector> all() {
        return List.copyOf(connectors.values());
    }
}
