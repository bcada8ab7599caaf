package org.pulseport.app.engine.workouts;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.pulseport.app.engine.ConnectionService;

/**
 * Where a profile's workouts go: cloud destinations it connected with workout upload switched on, plus the
 * destinations enabled in the upload-target table (head units, which have no cloud connection).
 */
public final class ConnectedUploadTargets implements UploadTargets {

    private final UploadTargets table;
    private final ConnectionService connections;
    private final Collection<String> destinations;

    public ConnectedUploadTargets(UploadTargets table, ConnectionService connections, Collection<String> destinations) {
        this.table = table;
        this.connections = connections;
        this.destinations = destinations;
    }

    @Override
    public Set<String> enabledProviders(long profileId) {
        Set<String> enabled = new TreeSet<>(table.enabledProviders(profileId));
        for (String provider : destinations) {
            if (!provider.endsWith(HeadUnitDestination.SUFFIX) && connections.uploadEnabled(profileId, provider)) {
                enabled.add(provider);
            }
        }
        return enabled;
    }
}
