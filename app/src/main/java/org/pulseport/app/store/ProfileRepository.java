package org.pulseport.app.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.pulseport.core.model.Profile;

/** Profiles: list, find, create. */
public final class ProfileRepository {

    private final SessionFactory sessions;

    public ProfileRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public List<Profile> findAll() {
        return sessions.fromSession(s -> s.createSelectionQuery("from ProfileEntity order by lower(name)", ProfileEntity.class)
                .getResultList().stream().map(ProfileEntity::toProfile).toList());
    }

    public Optional<Profile> findByName(String name) {
        return sessions.fromSession(s -> s.createSelectionQuery("from ProfileEntity where name = :name", ProfileEntity.class)
                .setParameter("name", name).uniqueResultOptional().map(ProfileEntity::toProfile));
    }

    public Optional<Profile> findById(long id) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(ProfileEntity.class, id)).map(ProfileEntity::toProfile));
    }

    /** Changes a profile's time zone; returns the updated profile. */
    public Optional<Profile> changeTimeZone(long id, ZoneId zone) {
        return sessions.fromTransaction(s -> Optional.ofNullable(s.find(ProfileEntity.class, id)).map(entity -> {
            entity.changeTimeZone(zone);
            return entity.toProfile();
        }));
    }

    /** Creates the profile; the caller checks the name is free (the unique key enforces it regardless). */
    public Profile create(String name, ZoneId zone, Instant now) {
        return sessions.fromTransaction(s -> {
            ProfileEntity entity = new ProfileEntity(name, zone, now);
            s.persist(entity);
            s.flush();
            return entity.toProfile();
        });
    }
}
