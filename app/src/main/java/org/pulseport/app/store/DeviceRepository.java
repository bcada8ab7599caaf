package org.pulseport.app.store;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/**
 * Physical devices Pulseport has seen, keyed by family and serial number, and their pairing with a profile.
 * Every method runs in its own transaction and returns a detached entity.
 */
public final class DeviceRepository {

    private final SessionFactory sessions;

    public DeviceRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Every device, most recently seen first. */
    public List<DeviceEntity> findAll() {
        return sessions.fromSession(s -> s.createSelectionQuery(
                "from DeviceEntity order by lastSeenAt desc, id desc", DeviceEntity.class).getResultList());
    }

    public Optional<DeviceEntity> findById(long id) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(DeviceEntity.class, id)));
    }

    public Optional<DeviceEntity> find(String family, String serialNumber) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from DeviceEntity where family = :f and serialNumber = :s", DeviceEntity.class)
                .setParameter("f", family).setParameter("s", serialNumber).uniqueResultOptional());
    }

    /** The devices paired with a profile. */
    public List<DeviceEntity> findByProfile(long profileId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from DeviceEntity where profileId = :p order by lastSeenAt desc", DeviceEntity.class)
                .setParameter("p", profileId).getResultList());
    }

    /**
     * Records that the device was attached at {@code path} (null when unknown): creates it, unpaired, on its
     * first connection, else updates when and where it was last seen.
     */
    public DeviceEntity recordSeen(String family, String serialNumber, String model, String path, Instant at) {
        try {
            return update(family, serialNumber, model, path, at).orElseGet(() -> sessions.fromTransaction(s -> {
                DeviceEntity entity = new DeviceEntity(family, serialNumber, model, at);
                entity.seenAt(at, path);
                s.persist(entity);
                s.flush();
                return entity;
            }));
        } catch (PersistenceException concurrentFirstSighting) {
            return update(family, serialNumber, model, path, at).orElseThrow(() -> concurrentFirstSighting);
        }
    }

    private Optional<DeviceEntity> update(String family, String serialNumber, String model, String path, Instant at) {
        return sessions.fromTransaction(s -> s.createSelectionQuery(
                        "from DeviceEntity where family = :f and serialNumber = :s", DeviceEntity.class)
                .setParameter("f", family).setParameter("s", serialNumber).uniqueResultOptional().map(entity -> {
                    entity.seenAt(at, path);
                    entity.reportedModel(model);
                    return entity;
                }));
    }

    /** Pairs the device with a profile (replacing an earlier pairing); empty when there is no such device. */
    public Optional<DeviceEntity> pair(long deviceId, long profileId) {
        return sessions.fromTransaction(s -> Optional.ofNullable(s.find(DeviceEntity.class, deviceId)).map(entity -> {
            entity.pairWith(profileId);
            return entity;
        }));
    }

    public Optional<DeviceEntity> unpair(long deviceId) {
        return sessions.fromTransaction(s -> Optional.ofNullable(s.find(DeviceEntity.class, deviceId)).map(entity -> {
            entity.unpair();
            return entity;
        }));
    }

    /** Stores what a download measured: when, the device clock's offset from the computer, the model it reported. */
    public void recordDownload(long deviceId, Instant at, long clockOffsetMs, String model) {
        sessions.inTransaction(s -> {
            DeviceEntity entity = s.find(DeviceEntity.class, deviceId);
            if (entity != null) {
                entity.seen(at, clockOffsetMs);
                entity.reportedModel(model);
            }
        });
    }
}
