package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.pulseport.app.store.ConnectionRepository;
import org.pulseport.app.store.ConnectionRepository.Change;
import org.pulseport.app.store.StoredConnection;
import org.pulseport.app.store.secret.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores and reads the sign-ins of cloud connections, sealing them with {@link SecretCipher} (the source id as
 * associated data). {@link #rotate} replaces a secret in the transaction that read it, under the row's lock;
 * {@link #resealStale} moves sign-ins sealed with an earlier key (the key file) to the current one (the keyring).
 */
public final class ConnectionVault {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionVault.class);

    private final ConnectionRepository repository;
    private final SecretCipher cipher;
    private final Clock clock;

    public ConnectionVault(ConnectionRepository repository, SecretCipher cipher, Clock clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Stores the sign-in of a (re)connected source; a new connection gets {@code uploadWorkouts} as its upload
     * switch, a reconnect keeps the switch it had.
     */
    public void store(long sourceId, ConnectionSecret secret, boolean uploadWorkouts) {
        Instant now = clock.instant();
        repository.save(new StoredConnection(sourceId, secret.kind(), cipher.seal(SecretCodec.encode(secret), sourceId),
                cipher.keyId(), expiresAt(secret), scopes(secret), uploadWorkouts, now, now));
    }

    public Optional<ConnectionSecret> read(long sourceId) {
        return repository.find(sourceId).map(this::open);
    }

    /**
     * Hands the current secret to {@code rotation} while the row is locked and stores what it returns, unless
     * it returns the very same instance. A rotation that throws leaves the stored secret as it was.
     */
    public Optional<ConnectionSecret> rotate(long sourceId, UnaryOperator<ConnectionSecret> rotation) {
        return repository.update(sourceId, stored -> {
            ConnectionSecret current = open(stored);
            ConnectionSecret next = rotation.apply(current);
            if (next == current) {
                return Change.keep(current);
            }
            return Change.replace(next, stored.withSecret(cipher.seal(SecretCodec.encode(next), sourceId),
                    cipher.keyId(), expiresAt(next), scopes(next), clock.instant()));
        });
    }

    /**
     * Reseals every sign-in sealed with a key other than the current one, each in its own transaction; one that
     * cannot be opened now stays as it is (logged), so nothing is lost. Returns how many were resealed; never
     * throws. Without any stored sign-in no key is asked for (nor created).
     */
    public int resealStale() {
        String currentKey;
        List<Long> stale;
        try {
            if (!repository.any()) {
                return 0;
            }
            currentKey = cipher.keyId();
            stale = repository.sealedWithOtherKey(currentKey);
        } catch (RuntimeException e) {
            LOG.warn("connection sign-ins stay sealed with their earlier keys: {}", e.getMessage());
            return 0;
        }
        int resealed = 0;
        for (long sourceId : stale) {
            try {
                resealed += repository.update(sourceId, stored -> reseal(stored, currentKey)).orElse(0);
            } catch (RuntimeException e) {
                LOG.warn("the sign-in of source={} stays sealed with its earlier key: {}", sourceId, e.getMessage());
            }
        }
        if (resealed > 0) {
            LOG.info("resealed {} connection sign-in(s) with key {}", resealed, currentKey);
        }
        return resealed;
    }

    private Change<Integer> reseal(StoredConnection stored, String currentKey) {
        if (stored.keyId().equals(currentKey)) {
            return Change.keep(0);
        }
        byte[] plain = cipher.open(stored.sealedSecret(), stored.keyId(), stored.sourceId());
        return Change.replace(1, stored.withSecret(cipher.seal(plain, stored.sourceId()), currentKey,
                stored.accessExpiresAt(), stored.scopes(), clock.instant()));
    }

    public boolean delete(long sourceId) {
        return repository.delete(sourceId);
    }

    private ConnectionSecret open(StoredConnection stored) {
        return SecretCodec.decode(stored.credentialKind(), cipher.open(stored.sealedSecret(), stored.keyId(), stored.sourceId()),
                stored.accessExpiresAt(), stored.scopes());
    }

    private static Instant expiresAt(ConnectionSecret secret) {
        return secret instanceof ConnectionSecret.OAuth oauth ? oauth.tokens().expiresAt().orElse(null) : null;
    }

    private static String scopes(ConnectionSecret secret) {
        return secret instanceof ConnectionSecret.OAuth oauth ? String.join(" ", oauth.tokens().scopes()) : null;
    }
}
