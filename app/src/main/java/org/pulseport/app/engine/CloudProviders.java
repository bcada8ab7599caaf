package org.pulseport.app.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.core.workout.sync.WorkoutDestination;

/**
 * Every cloud account this installation can connect, in order: the data sources of the {@link ConnectorRegistry},
 * then the workout destinations users sign in to (Wahoo, TrainingPeaks, Garmin Connect).
 */
public final class CloudProviders {

    private final ConnectorRegistry connectors;
    private final List<CloudProvider> all;

    public CloudProviders(ConnectorRegistry connectors, Collection<? extends WorkoutDestination> destinations) {
        this.connectors = connectors;
        this.all = Stream.concat(connectors.all().stream().flatMap(c -> CloudProvider.of(c).stream()),
                destinations.stream().flatMap(d -> CloudProvider.of(d).stream())).toList();
    }

    public List<CloudProvider> all() {
        return all;
    }

    /** The provider with this id (case-insensitive). */
    public Optional<CloudProvider> find(String id) {
        return all.stream().filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /**
     * The provider with this id (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known providers when there is none
     */
    public CloudProvider named(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown provider '" + id + "'. Providers: "
                + String.join(", ", all.stream().map(CloudProvider::id).toList()) + "."));
    }

    /**
     * Whether data syncs cover the source: every source except connections to workout destinations, which only
     * receive workouts (they have no source connector and nothing to fetch).
     */
    public boolean bringsData(SourceEntity source) {
        return connectors.find(source.getConnectorId()).isPresent()
                || find(source.getConnectorId()).filter(CloudProvider::receivesWorkouts).isEmpty();
    }
}
