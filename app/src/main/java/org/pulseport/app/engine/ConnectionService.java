package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pulseport.app.store.ConnectionRepository;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.app.store.StoredConnection;
import org.pulseport.core.error.PulseportException;
import org.pulseport.providers.http.ConfigurationStatus;
import org.pulseport.providers.oauth.BrowserLauncher;
import org.pulseport.providers.oauth.OAuthClientConfig;
import org.pulseport.providers.oauth.OAuthTokenSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connecting, listing and disconnecting the cloud providers of a profile: data sources and workout destinations.
 * A profile has at most one connection per provider: the source {@code (profile, provider, "account")}.
 * Disconnecting revokes the grant where the provider allows it, deletes the stored sign-in and keeps the source
 * (inactive) with its readings, so connecting again resumes where the last sync ended. A new connection to a
 * workout destination starts with workout uploads on, one to a data source with them off; a reconnect keeps the
 * switch as it was.
 */
public final class ConnectionService {

    /** The external id of a profile's one connection to a provider. */
    public static final String ACCOUNT = "account";
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionService.class);

    private final SourceRepository sources;
    private final ConnectionRepository connections;
    private final ConnectionVault vault;
    private final CloudProviders providers;
    private final OAuthClients oauth;
    private final Clock clock;

    public ConnectionService(SourceRepository sources, ConnectionRepository connections, ConnectionVault vault,
                             CloudProviders providers, OAuthClients oauth, Clock clock) {
        this.sources = sources;
        this.connections = connections;
        this.vault = vault;
        this.providers = providers;
        this.oauth = oauth;
        this.clock = clock;
    }

    /** The cloud providers: data sources in registration order, then workout destinations. */
    public List<CloudProvider> providers() {
        return providers.all();
    }

    /**
     * The provider with this id (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known providers when there is none
     */
    public CloudProvider provider(String id) {
        return providers.named(id);
    }

    /**
     * Signs in through the browser (waiting at most {@code timeout}) and stores the tokens.
     *
     * @throws IllegalStateException when the provider is not configured (the message says how to configure it)
     * @throws PulseportException when the sign-in fails
     */
    public long connectOAuth(long profileId, CloudProvider provider, BrowserLauncher browser, Duration timeout) {
        if (provider.configuration() instanceof ConfigurationStatus.NotConfigured missing) {
            throw new IllegalStateException(missing.howToConfigure());
        }
        OAuthTokenSet tokens = oauth.signIn(provider.oauthClient(), browser).authorize(timeout);
        return store(profileId, provider, new ConnectionSecret.OAuth(tokens));
    }

    /** Stores an email and password for a provider that signs in with them; checked by the first sync. */
    public long connectPassword(long profileId, CloudProvider provider, String email, String password) {
        if (provider.signIn() != CloudProvider.SignIn.PASSWORD) {
            throw new IllegalArgumentException(provider.displayName() + " signs in through the browser, not with a password.");
        }
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException(provider.displayName() + " needs the account's email and password.");
        }
        return store(profileId, provider, new ConnectionSecret.Password(email.strip(), password));
    }

    private long store(long profileId, CloudProvider provider, ConnectionSecret secret) {
        SourceEntity source = sources.findOrCreate(profileId, SourceKind.CLOUD, provider.id(), ACCOUNT,
                provider.displayName(), clock.instant());
        vault.store(source.getId(), secret, provider.receivesWorkouts());
        sources.markActive(source.getId());
        LOG.info("connected source={} profile={} provider={} role={}", source.getId(), profileId, provider.id(),
                provider.role());
        return source.getId();
    }

    /** Revokes (where possible) and deletes the stored sign-in; the source stays, inactive. */
    public Disconnection disconnect(long profileId, CloudProvider provider) {
        Optional<SourceEntity> source = sources.find(profileId, provider.id(), ACCOUNT);
        Optional<ConnectionSecret> secret = source.flatMap(s -> vault.read(s.getId()));
        if (source.isEmpty() || secret.isEmpty()) {
            return new Disconnection(Disconnection.Revocation.NOT_CONNECTED, "");
        }
        Disconnection result = secret.get() instanceof ConnectionSecret.OAuth stored
                ? revoke(provider, stored.tokens())
                : new Disconnection(Disconnection.Revocation.NOT_OFFERED, "");
        long sourceId = source.get().getId();
        vault.delete(sourceId);
        sources.markInactive(sourceId, "Disconnected. Connect again to resume syncing.");
        LOG.info("disconnected source={} profile={} provider={} revocation={}", sourceId, profileId, provider.id(),
                result.revocation());
        return result;
    }

    private Disconnection revoke(CloudProvider provider, OAuthTokenSet tokens) {
        Optional<OAuthClientConfig> client = provider.configuration() instanceof ConfigurationStatus.Configured
                ? Optional.of(provider.oauthClient()) : Optional.empty();
        if (client.isEmpty()) {
            return new Disconnection(Disconnection.Revocation.FAILED, "the provider is not configured any more");
        }
        try {
            return oauth.revoker(client.get()).revoke(tokens)
                    ? new Disconnection(Disconnection.Revocation.REVOKED, "")
                    : new Disconnection(Disconnection.Revocation.NOT_OFFERED, "");
        } catch (PulseportException e) {
            LOG.warn("revocation at {} failed: {}", provider.id(), e.error().detail());
            return new Disconnection(Disconnection.Revocation.FAILED, e.error().userMessage());
        }
    }

    /** Every cloud provider with its connection state for the profile. */
    public List<ConnectionStatus> list(long profileId) {
        Map<String, SourceEntity> accounts = sources.findByProfile(profileId).stream()
                .filter(source -> ACCOUNT.equals(source.getExternalId()))
                .collect(Collectors.toMap(SourceEntity::getConnectorId, source -> source, (first, second) -> first));
        return providers().stream()
                .map(provider -> status(provider, Optional.ofNullable(accounts.get(provider.id())))).toList();
    }

    private ConnectionStatus status(CloudProvider provider, Optional<SourceEntity> source) {
        Optional<StoredConnection> stored = source.flatMap(s -> connections.find(s.getId()));
        Optional<String> howToConfigure = provider.configuration() instanceof ConfigurationStatus.NotConfigured missing
                ? Optional.of(missing.howToConfigure()) : Optional.empty();
        ConnectionStatus.State state;
        Optional<String> reason = Optional.empty();
        if (stored.isEmpty()) {
            state = howToConfigure.isPresent() ? ConnectionStatus.State.NOT_CONFIGURED : ConnectionStatus.State.NOT_CONNECTED;
        } else if (SourceEntity.ACTIVE.equals(source.get().getStatus())) {
            state = ConnectionStatus.State.ACTIVE;
        } else {
            state = ConnectionStatus.State.INACTIVE;
            reason = Optional.ofNullable(source.get().getStatusReason());
        }
        return new ConnectionStatus(provider.id(), provider.displayName(), provider.signIn(), provider.role(),
                provider.unofficial(), state, howToConfigure, source.map(SourceEntity::getId), reason,
                source.map(SourceEntity::getLastSyncedAt), stored.map(StoredConnection::connectedAt),
                stored.map(StoredConnection::uploadWorkoutsEnabled).orElse(false));
    }

    /** Whether workouts of the profile may be uploaded to the provider (read by the workout sync queue). */
    public boolean uploadEnabled(long profileId, String provider) {
        return uploadEnabledProviders(profileId).contains(provider);
    }

    /** Every provider the profile's workouts may be uploaded to by its cloud connection. */
    public Set<String> uploadEnabledProviders(long profileId) {
        return connections.uploadEnabledProviders(profileId);
    }

    /**
     * Switches workout uploads to the provider on or off (the workout queue's triggers read it); false when the
     * profile has no connection to it.
     */
    public boolean setUploadEnabled(long profileId, String provider, boolean enabled) {
        return sources.find(profileId, provider, ACCOUNT)
                .map(source -> connections.setUploadEnabled(source.getId(), enabled, clock.instant()))
                .orElse(false);
    }
}
