package org.pulseport.app.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.pulseport.core.connector.FetchRequest;
import org.pulseport.core.connector.SourceConnector;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Sample;

/** A connector whose behaviour each test scripts; it records every request it gets. */
final class ScriptedConnector implements SourceConnector {

    private final String id;
    private final Set<MetricType> capabilities;
    private volatile Function<FetchRequest, Stream<Sample>> behaviour = request -> Stream.empty();
    final List<FetchRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    ScriptedConnector(String id, MetricType... metrics) {
        this.id = id;
        this.capabilities = EnumSet.of(metrics[0], metrics);
    }

    void behave(Function<FetchRequest, Stream<Sample>> newBehaviour) {
        this.behaviour = newBehaviour;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return "Scripted " + id;
    }

    @Override
    public Set<MetricType> capabilities() {
        return capabilities;
    }

    @Override
    public Stream<Sample> fetch(FetchRequest request) {
        requests.add(request);
        return behaviour.apply(request);
    }
}
