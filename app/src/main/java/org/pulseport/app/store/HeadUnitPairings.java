package org.pulseport.app.store;

import java.time.Instant;
import java.util.Optional;
import org.hibernate.SessionFactory;

/**
 * Head units in the {@code devices} table (family {@code garmin-usb} or {@code wahoo-usb}, serial number = the
 * unit id): remembered when seen, paired with the profile their activities belong to.
 */
public final class HeadUnitPairings {

    private final SessionFactory sessions;

    public HeadUnitPairings(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Optional<DeviceEntity> find(String family, String unitId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from DeviceEntity where family = :f and serialNumber = :s", DeviceEntity.class)
                .setParameter("f", family).setParameter("s", unitId).uniqueResultOptional());
    }

    /** The unit's row, created on first sight; its last-seen time is now either way. */
    public DeviceEntity seen(String family, String unitId, String model, Instant now) {
        Optional<DeviceEntity> known = find(family, unitId);
        if (known.isPresent()) {
            sessions.inTransaction(s -> s.createMutationQuery(
                            "update DeviceEntity set lastSeenAt = :t where id = :id")
                    .setParameter("t", now).setParameter("id", known.get().getId()).executeUpdate());
            return find(family, unitId).orElseThrow();
        }
        return sessions.fromTransaction(s -> {
            DeviceEntity entity = new DeviceEntity(family, unitId, model, now);
            s.persist(entity);
            return entity;
        });
    }

    /** Routes the unit's activities to the profile from now on. */
    public void pair(long deviceId, long profileId) {
        sessions.inTransaction(s -> {
            DeviceEntity entity = s.find(DeviceEntity.class, deviceId);
            if (entity != null) {
                entity.pairWith(profileId);
            }
        });
    }
}
