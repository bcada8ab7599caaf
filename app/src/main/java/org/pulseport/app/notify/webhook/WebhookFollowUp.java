package org.pulseport.app.notify.webhook;

import org.pulseport.app.engine.SyncFollowUp;
import org.pulseport.app.engine.SyncReport;

/** After each completed sync, publishes {@code sync.completed} to the profile's subscribed endpoints. */
public final class WebhookFollowUp implements SyncFollowUp {

    private final WebhookService webhooks;

    public WebhookFollowUp(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public void afterSync(SyncReport report) {
        if (report.outcome() == SyncReport.Outcome.COMPLETED) {
            webhooks.publish(report.profileId(), WebhookEventType.SYNC_COMPLETED, WebhookPayloads.syncCompleted(report));
        }
    }
}
