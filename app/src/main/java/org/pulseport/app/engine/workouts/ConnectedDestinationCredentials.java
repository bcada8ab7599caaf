package org.pulseport.app.engine.workouts;

import java.util.Optional;
import org.pulseport.app.engine.ConnectionService;
import org.pulseport.app.engine.CredentialsProvider;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.connector.Credentials;

/**
 * Credentials of a profile's connection to a workout destination, from the stored (sealed, refreshed) cloud
 * connection of that provider; head units need none.
 */
public final class ConnectedDestinationCredentials implements DestinationCredentials {

    private final SourceRepository sources;
    private final CredentialsProvider cloud;

    public ConnectedDestinationCredentials(SourceRepository sources, CredentialsProvider cloud) {
        this.sources = sources;
        this.cloud = cloud;
    }

    @Override
    public Optional<Credentials> of(long profileId, String provider) {
        if (provider.endsWith(HeadUnitDestination.SUFFIX)) {
            return Optional.of(new Credentials.None());
        }
        return sources.find(profileId, provider, ConnectionService.ACCOUNT)
                .filter(source -> SourceEntity.ACTIVE.equals(source.getStatus()))
                .map(cloud::current);
    }
}
