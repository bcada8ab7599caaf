package org.pulseport.app.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;

/** A profile's notification channels and rules. */
public final class NotificationSetupRepository {

    private final SessionFactory sessions;

    public NotificationSetupRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public NotificationChannelEntity addChannel(long profileId, String kind, String name, String config, Instant now) {
        return sessions.fromTransaction(s -> {
            NotificationChannelEntity entity = new NotificationChannelEntity(profileId, kind, name, config, now);
            s.persist(entity);
            return entity;
        });
    }

    public List<NotificationChannelEntity> channels(long profileId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from NotificationChannelEntity where profileId = :p order by id", NotificationChannelEntity.class)
                .setParameter("p", profileId).getResultList());
    }

    public List<NotificationChannelEntity> channels(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from NotificationChannelEntity where id in :ids order by id", NotificationChannelEntity.class)
                .setParameter("ids", ids).getResultList());
    }

    public NotificationRuleEntity addRule(long profileId, String category, String minSeverity, Set<Long> channelIds,
                                          Instant now) {
        return sessions.fromTransaction(s -> {
            NotificationRuleEntity entity = new NotificationRuleEntity(profileId, category, minSeverity, channelIds, now);
            s.persist(entity);
            return entity;
        });
    }

    public List<NotificationRuleEntity> rules(long profileId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from NotificationRuleEntity where profileId = :p order by id", NotificationRuleEntity.class)
                .setParameter("p", profileId).getResultList());
    }

    /** Removes a channel (the database drops it from rules); false when there is none. */
    public boolean deleteChannel(long id) {
        return delete(NotificationChannelEntity.class, id);
    }

    public boolean deleteRule(long id) {
        return delete(NotificationRuleEntity.class, id);
    }

    private boolean delete(Class<?> type, long id) {
        return sessions.fromTransaction(s -> {
            Object entity = s.find(type, id);
            if (entity == null) {
                return false;
            }
            s.remove(entity);
            return true;
        });
    }
}
