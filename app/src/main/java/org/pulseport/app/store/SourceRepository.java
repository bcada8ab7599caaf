package org.pulseport.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/** Sources of samples per profile. */
public final class SourceRepository {

    private final SessionFactory sessions;

    public SourceRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public List<SourceEntity> findByProfile(long profileId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from SourceEntity where profileId = :p order by displayName", SourceEntity.class)
                .setParameter("p", profileId).getResultList());
    }

    public Optional<SourceEntity> find(long profileId, String connectorId, String externalId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from SourceEntity where profileId = :p and connectorId = :c and externalId = :e", SourceEntity.class)
                .setParameter("p", profileId).setParameter("c", connectorId).setParameter("e", externalId)
                .uniqueResultOptional());
    }

    /** The source with this identity, created if it does not exist yet. */
    public SourceEntity findOrCreate(long profileId, SourceKind kind, String connectorId, String externalId,
                                     String displayName, Instant now) {
        return find(profileId, connectorId, externalId).orElseGet(() -> sessions.fromTransaction(s -> {
            SourceEntity entity = new SourceEntity(profileId, kind, connectorId, externalId, displayName, now);
            s.persist(entity);
            return entity;
        }));
    }

    public Optional<SourceEntity> findById(long sourceId) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(SourceEntity.class, sourceId)));
    }

    /** Active sources whose connector is one of {@code connectorIds}, across all profiles. */
    public List<SourceEntity> findActive(java.util.Collection<String> connectorIds) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from SourceEntity where status = :active and connectorId in :ids order by id", SourceEntity.class)
                .setParameter("active", SourceEntity.ACTIVE).setParameter("ids", connectorIds).getResultList());
    }

    /** Takes a source out of scheduled syncs, keeping the reason to show the user. */
    public void markInactive(long sourceId, String reason) {
        sessions.inTransaction(s -> {
            SourceEntity entity = s.find(SourceEntity.class, sourceId);
            if (entity != null) {
                entity.markInactive(reason);
            }
        });
    }

    /** Puts a source back into scheduled syncs (after reconnecting it). */
    public void markActive(long sourceId) {
        sessions.inTransaction(s -> {
            SourceEntity entity = s.find(SourceEntity.class, sourceId);
            if (entity != null) {
                entity.markActive();
            }
        });
    }

    /** Advances the last-synced mark; never moves it backwards. */
    public void advanceLastSynced(long sourceId, Instant committedUpTo) {
        sessions.inTransaction(s -> {
            SourceEntity entity = s.find(SourceEntity.class, sourceId);
            if (entity != null && (entity.getLastSyncedAt() == null || committedUpTo.isAfter(entity.getLastSyncedAt()))) {
                entity.setLastSyncedAt(committedUpTo);
            }
        });
    }
}
