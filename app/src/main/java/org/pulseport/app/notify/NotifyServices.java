package org.pulseport.app.notify;

import java.time.Clock;
import java.util.List;
import org.pulseport.app.engine.QueuedTask;
import org.pulseport.app.engine.SyncFollowUp;
import org.pulseport.app.notify.webhook.WebhookFollowUp;
import org.pulseport.app.notify.webhook.WebhookRetryPolicy;
import org.pulseport.app.notify.webhook.WebhookService;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.NotificationLogRepository;
import org.pulseport.app.store.NotificationSetupRepository;
import org.pulseport.app.store.NotificationStateRepository;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.WebhookDeliveryRepository;
import org.pulseport.app.store.WebhookEndpointRepository;

/**
 * Wires notifications and webhooks over an open store, for the composition root: the services, the queued job
 * kinds to give the engine, and the follow-up that publishes {@code sync.completed} after each sync.
 */
public final class NotifyServices {

    private final WebhookService webhooks;
    private final NotificationService notifications;

    private NotifyServices(WebhookService webhooks, NotificationService notifications) {
        this.webhooks = webhooks;
        this.notifications = notifications;
    }

    public static NotifyServices create(Database db, NotifySecrets secrets, DesktopNotifier desktop, JobQueue queue,
                                        Clock clock) {
        HttpPoster http = new HttpPoster(HttpPoster.DEFAULT_TIMEOUT);
        WebhookService webhooks = new WebhookService(new WebhookEndpointRepository(db.sessions()),
                new WebhookDeliveryRepository(db.dataSource()), http, WebhookRetryPolicy.DEFAULT, queue, secrets, clock);
        NotificationSetupRepository setup = new NotificationSetupRepository(db.sessions());
        NotificationStateRepository state = new NotificationStateRepository(db.dataSource());
        NotificationLogRepository logs = new NotificationLogRepository(db.dataSource());
        NotificationProcessor processor = new NotificationProcessor(setup, state, logs, new ProfileRepository(db.sessions()),
                new ConditionTracker(state, ConditionTracker.DEFAULT_GAP), ChannelRegistry.standard(http, state, desktop, clock), secrets, clock);
        return new NotifyServices(webhooks, new NotificationService(processor, setup, state, logs, webhooks, queue, secrets, clock));
    }

    public WebhookService webhooks() {
        return webhooks;
    }

    public NotificationService notifications() {
        return notifications;
    }

    /** The queued job kinds: webhook deliveries and notification batches. */
    public List<QueuedTask> tasks() {
        return List.of(webhooks.deliveryTask(), notifications.notificationTask());
    }

    public SyncFollowUp syncFollowUp() {
        return new WebhookFollowUp(webhooks);
    }
}
