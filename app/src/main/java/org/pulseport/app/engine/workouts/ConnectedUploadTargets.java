package org.pulseport.app.engine.workouts;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.pulseport.app.engine.ConnectionService;

/**
 * Where a profile's workouts go: cloud destinations it connected with workout upload switched on, plus the head
 * units enabled in the upload-target table (they have no cloud connection). A cloud destination in the table
 * counts for nothing: only its connection's upload switch enables it.
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
        Set<String> enabled = new TreeSet<>();
        table.enabledProviders(profileId).stream().filter(HeadUnitDestination::isHeadUnit).forEach(enabled::add);
        Set<String> switchedOn = connections.uploadEnabledProviders(profileId);
        for (String provider : destinations) {
            if (!HeadUnitDestination.isHeadUnit(provider) && switchedOn.contains(provider)) {
                enabled.add(provider);
            }
        }
        return enabled;
    }
}
