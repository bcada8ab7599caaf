package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.app.store.secret.KeyUnavailableException;
import org.pulseport.app.store.secret.SecretUnreadableException;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.providers.oauth.KeyedLocks;
import org.pulseport.providers.oauth.OAuthTokenSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-ins of cloud connections for the sync pipeline and the workout sync queue: decrypts the stored secret, refreshes OAuth tokens that
 * expire within {@link #REFRESH_MARGIN} before handing them out, and refreshes on demand after the provider
 * rejected them. Refreshes of one connection run one at a time ({@link KeyedLocks}) and each re-reads the stored
 * tokens under the lock, so a rotated refresh token is never used twice; the rotation is saved in the
 * transaction that read it. Anything that leaves nothing to sign in with is an auth error; a key that cannot be
 * had now (a locked keyring) is a temporary error, so the connection stays active and is tried again.
 */
public final class CloudCredentials implements CredentialsProvider {

    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(CloudCredentials.class);

    private final ConnectionVault vault;
    private final CloudProviders providers;
    private final OAuthClients oauth;
    private final Clock clock;
    private final KeyedLocks<Long> locks = new KeyedLocks<>();

    public CloudCredentials(ConnectionVault vault, CloudProviders providers, OAuthClients oauth, Clock clock) {
        this.vault = vault;
        this.providers = providers;
        this.oauth = oauth;
        this.clock = clock;
    }

    @Override
    public Credentials current(SourceEntity source) {
        try {
            return currentOrRefreshed(source);
        } catch (KeyUnavailableException e) {
            throw keyUnavailable(e);
        }
    }

    private Credentials currentOrRefreshed(SourceEntity source) {
        ConnectionSecret secret = read(source);
        if (secret instanceof ConnectionSecret.OAuth stored
                && stored.tokens().expiresWithin(REFRESH_MARGIN, clock.instant())) {
            return refreshed(source, false).toCredentials();
        }
        return secret.toCredentials();
    }

    @Override
    public Credentials refresh(SourceEntity source) {
        try {
            if (read(source) instanceof ConnectionSecret.Password) {
                throw new PulseportException(new PulseportError.AuthError(source.getConnectorId()
                        + " refused the stored email and password of source " + source.getId()));
            }
            return refreshed(source, true).toCredentials();
        } catch (KeyUnavailableException e) {
            throw keyUnavailable(e);
        }
    }

    /** A key that cannot be had now (locked keyring) is a passing condition: retried, the source stays active. */
    private static PulseportException keyUnavailable(KeyUnavailableException e) {
        return new PulseportException(new PulseportError.UnexpectedError(e.getMessage()), e);
    }

    private ConnectionSecret read(SourceEntity source) {
        try {
            return vault.read(source.getId()).orElseThrow(() -> notConnected(source));
        } catch (SecretUnreadableException e) {
            throw new PulseportException(new PulseportError.AuthError(e.getMessage()), e);
        }
    }

    /** Refreshes under the connection's lock; without {@code force}, only if still due after re-reading. */
    private ConnectionSecret refreshed(SourceEntity source, boolean force) {
        long id = source.getId();
        return locks.withLock(id, () -> vault.rotate(id, current -> {
            OAuthTokenSet tokens = ((ConnectionSecret.OAuth) current).tokens();
            if (!force && !tokens.expiresWithin(REFRESH_MARGIN, clock.instant())) {
                return current;
            }
            CloudProvider provider = providers.find(source.getConnectorId()).orElseThrow(() -> notConnected(source));
            OAuthTokenSet renewed = oauth.refresher(provider.oauthClient()).refresh(tokens);
            LOG.info("refreshed the tokens of source={} provider={} (refresh token {})", id, provider.id(),
                    renewed.refreshToken().equals(tokens.refreshToken()) ? "kept" : "rotated");
            return new ConnectionSecret.OAuth(renewed);
        }).orElseThrow(() -> notConnected(source)));
    }

    private static PulseportException notConnected(SourceEntity source) {
        return new PulseportException(new PulseportError.AuthError("no stored sign-in for source " + source.getId()
                + " (" + source.getConnectorId() + ")"));
    }
}
