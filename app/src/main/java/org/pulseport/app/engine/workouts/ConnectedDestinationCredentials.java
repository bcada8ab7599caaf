package org.pulseport.app.engine.workouts;

import java.util.Optional;
import java.util.function.Function;
import org.pulseport.app.engine.ConnectionService;
import org.pulseport.app.engine.CredentialsProvider;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credentials of a profile's connection to a workout destination, from the stored (sealed, refreshed) cloud
 * connection of that provider; head units need none. Only active connections count. When the provider refuses to
 * renew the sign-in, the connection becomes inactive with the reason (as a refused data source does) and the
 * queue entry gets the auth error.
 */
public final class ConnectedDestinationCredentials implements DestinationCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectedDestinationCredentials.class);

    private final SourceRepository sources;
    private final CredentialsProvider cloud;

    public ConnectedDestinationCredentials(SourceRepository sources, CredentialsProvider cloud) {
        this.sources = sources;
        this.cloud = cloud;
    }

    @Override
    public Optional<Credentials> of(long profileId, String provider) {
        if (HeadUnitDestination.isHeadUnit(provider)) {
            return Optional.of(new Credentials.None());
        }
        return active(profileId, provider).map(source -> signIn(source, cloud::current));
    }

    @Override
    public Optional<Credentials> renewed(long profileId, String provider) {
        if (HeadUnitDestination.isHeadUnit(provider)) {
            return Optional.empty();
        }
        return active(profileId, provider).map(source -> signIn(source, cloud::refresh));
    }

    private Optional<SourceEntity> active(long profileId, String provider) {
        return sources.find(profileId, provider, ConnectionService.ACCOUNT)
                .filter(source -> SourceEntity.ACTIVE.equals(source.getStatus()));
    }

    private Credentials signIn(SourceEntity source, Function<SourceEntity, Credentials> signIn) {
        try {
            return signIn.apply(source);
        } catch (PulseportException e) {
            if (!(e.error() instanceof PulseportError.AuthError)) {
                throw e;
            }
            sources.markInactive(source.getId(), e.error().userMessage());
            LOG.warn("deactivated the {} connection source={} profile={}: {}", source.getConnectorId(), source.getId(),
                    source.getProfileId(), e.error().detail());
            throw new PulseportException(new PulseportError.AuthError(source.getDisplayName()
                    + " refused to renew the sign-in (" + e.error().detail() + "); reconnect it in Connections"), e);
        }
    }
}
