package org.pulseport.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/** Webhook endpoints per profile. */
public final class WebhookEndpointRepository {

    private final SessionFactory sessions;

    public WebhookEndpointRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public WebhookEndpointEntity add(long profileId, String url, String secret, String eventTypes, Instant now) {
        return sessions.fromTransaction(s -> {
            WebhookEndpointEntity entity = new WebhookEndpointEntity(profileId, url, secret, eventTypes, now);
            s.persist(entity);
            return entity;
        });
    }

    public Optional<WebhookEndpointEntity> findById(long id) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(WebhookEndpointEntity.class, id)));
    }

    public List<WebhookEndpointEntity> findAll() {
        return sessions.fromSession(s -> s.createSelectionQuery("from WebhookEndpointEntity order by id",
                WebhookEndpointEntity.class).getResultList());
    }

    public List<WebhookEndpointEntity> findActiveByProfile(long profileId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from WebhookEndpointEntity where profileId = :p and active = true order by id", WebhookEndpointEntity.class)
                .setParameter("p", profileId).getResultList());
    }

    /** Removes the endpoint with its delivery history; false when there is none. */
    public boolean delete(long id) {
        return sessions.fromTransaction(s -> {
            WebhookEndpointEntity entity = s.find(WebhookEndpointEntity.class, id);
            if (entity == null) {
                return false;
            }
            s.remove(entity);
            return true;
        });
    }
}
