package org.pulseport.app.store;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.SessionFactory;

/**
 * The stored sign-ins of cloud sources. {@link #update} reads a connection with a row lock and writes its
 * replacement in the same transaction, so a token refresh and the save of the rotated token are one unit, also
 * across workstations sharing a PostgreSQL database.
 */
public final class ConnectionRepository {

    private final SessionFactory sessions;

    public ConnectionRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Optional<StoredConnection> find(long sourceId) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(ConnectionEntity.class, sourceId))
                .map(ConnectionEntity::toRecord));
    }

    /** Stores a connection, replacing the sign-in of an existing one (a reconnect keeps the upload switch). */
    public void save(StoredConnection connection) {
        sessions.inTransaction(s -> {
            ConnectionEntity existing = s.find(ConnectionEntity.class, connection.sourceId(), LockModeType.PESSIMISTIC_WRITE);
            if (existing == null) {
                s.persist(new ConnectionEntity(connection));
            } else {
                existing.apply(connection.withUpload(existing.toRecord().uploadWorkoutsEnabled()));
            }
        });
    }

    /**
     * Locks the connection's row, hands it to {@code change} and stores what it returns, all in one transaction.
     * When {@code change} throws, nothing is written. Empty when the source has no stored connection.
     */
    public <T> Optional<T> update(long sourceId, Function<StoredConnection, Change<T>> change) {
        return sessions.fromTransaction(s -> {
            ConnectionEntity entity = s.find(ConnectionEntity.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                return Optional.empty();
            }
            Change<T> result = change.apply(entity.toRecord());
            result.replacement().ifPresent(entity::apply);
            return Optional.of(result.value());
        });
    }

    /** Deletes the stored sign-in; false when there was none. */
    public boolean delete(long sourceId) {
        return sessions.fromTransaction(s -> {
            ConnectionEntity entity = s.find(ConnectionEntity.class, sourceId);
            if (entity == null) {
                return false;
            }
            s.remove(entity);
            return true;
        });
    }

    /** Whether any sign-in is stored at all. */
    public boolean any() {
        return sessions.fromSession(s -> s.createSelectionQuery("select count(c) from ConnectionEntity c", Long.class)
                .getSingleResult() > 0);
    }

    /** The sources whose sign-in was sealed with a key other than {@code keyId}. */
    public List<Long> sealedWithOtherKey(String keyId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "select c.sourceId from ConnectionEntity c where c.keyId <> :k order by c.sourceId", Long.class)
                .setParameter("k", keyId).getResultList());
    }

    /** The providers whose cloud connection of this profile has workout uploads switched on. */
    public Set<String> uploadEnabledProviders(long profileId) {
        return Set.copyOf(sessions.fromSession(s -> s.createSelectionQuery(
                        "select src.connectorId from ConnectionEntity c, SourceEntity src"
                                + " where src.id = c.sourceId and src.profileId = :p and c.uploadWorkoutsEnabled = true",
                        String.class)
                .setParameter("p", profileId).getResultList()));
    }

    /** Switches workout uploads of a connection on or off; false when the source has no stored connection. */
    public boolean setUploadEnabled(long sourceId, boolean enabled, Instant now) {
        return sessions.fromTransaction(s -> {
            ConnectionEntity entity = s.find(ConnectionEntity.class, sourceId);
            if (entity == null) {
                return false;
            }
            entity.setUploadWorkoutsEnabled(enabled, now);
            return true;
        });
    }

    /** What {@link #update} returns to its caller, and the replacement to store if any. */
    public record Change<T>(T value, Optional<StoredConnection> replacement) {

        public static <T> Change<T> keep(T value) {
            return new Change<>(value, Optional.empty());
        }

        public static <T> Change<T> replace(T value, StoredConnection replacement) {
            return new Change<>(value, Optional.of(replacement));
        }
    }
}
