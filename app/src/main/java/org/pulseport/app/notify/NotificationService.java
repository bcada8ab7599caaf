package org.pulseport.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.engine.QueuedTask;
import org.pulseport.app.engine.TaskOutcome;
import org.pulseport.app.engine.WorkQueue;
import org.pulseport.app.notify.webhook.WebhookEventType;
import org.pulseport.app.notify.webhook.WebhookPayloads;
import org.pulseport.app.notify.webhook.WebhookService;
import org.pulseport.app.store.NotificationChannelEntity;
import org.pulseport.app.store.NotificationLogRepository;
import org.pulseport.app.store.NotificationRuleEntity;
import org.pulseport.app.store.NotificationSetupRepository;
import org.pulseport.app.store.NotificationStateRepository;
import org.pulseport.core.model.MetricType;

/**
 * Notifications: {@link #notify} queues the anomalies of a profile on the {@code notifications} queue (and
 * publishes {@code anomaly.detected} to webhooks); the queued job runs the {@link NotificationProcessor}. Also the
 * setup views and commands use: channels, rules, quiet hours, the log and the in-app list.
 */
public final class NotificationService {

    /** The queued job kind that processes a batch of anomalies. */
    public static final String NOTIFY_TASK = "notify-anomalies";
    static final int MAX_SETTINGS_LENGTH = 2800;

    private final NotificationProcessor processor;
    private final NotificationSetupRepository setup;
    private final NotificationStateRepository state;
    private final NotificationLogRepository logs;
    private final WebhookService webhooks;
    private final JobQueue queue;
    private final NotifySecrets secrets;
    private final Clock clock;

    public NotificationService(NotificationProcessor processor, NotificationSetupRepository setup,
                               NotificationStateRepository state, NotificationLogRepository logs, WebhookService webhooks,
                               JobQueue queue, NotifySecrets secrets, Clock clock) {
        this.processor = processor;
        this.setup = setup;
        this.state = state;
        this.logs = logs;
        this.webhooks = webhooks;
        this.queue = queue;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The job kind to register with the engine ({@code Engine.Parts.moreTasks}). */
    public QueuedTask notificationTask() {
        return new QueuedTask(WorkQueue.NOTIFICATIONS, NOTIFY_TASK, data -> {
            process(data);
            return TaskOutcome.done();
        });
    }

    /**
     * Queues notification of new anomalies of a profile (the analytics job calls this) and publishes them to the
     * profile's {@code anomaly.detected} webhooks. Nothing happens for an empty list.
     */
    public void notify(long profileId, List<? extends Anomaly> anomalies) {
        if (anomalies.isEmpty()) {
            return;
        }
        List<Alert> alerts = anomalies.stream().map(Alert::of).toList();
        ObjectNode payload = WebhookPayloads.anomalyDetected(alerts);
        ObjectNode data = Json.object();
        data.put("profile_id", profileId);
        data.set("alerts", payload.get("anomalies"));
        queue.enqueue(NOTIFY_TASK, "profile-" + profileId + "-" + UUID.randomUUID(), Json.text(data));
        webhooks.publish(profileId, WebhookEventType.ANOMALY_DETECTED, payload);
    }

    /** Runs one queued job's data through the processor. */
    DispatchReport process(String data) {
        JsonNode json = Json.parse(data);
        List<Alert> alerts = new ArrayList<>();
        ((ArrayNode) json.path("alerts")).forEach(a -> alerts.add(Alert.fromJson(a)));
        return processor.process(json.path("profile_id").asLong(), alerts);
    }

    /**
     * Adds a channel; its settings are stored sealed with the data directory's key.
     *
     * @throws IllegalArgumentException when a setting the kind needs is missing
     */
    public ChannelSummary addChannel(long profileId, ChannelKind kind, String name, Map<String, String> settings) {
        ChannelConfig config = new ChannelConfig(settings);
        kind.requiredKeys().forEach(config::require);
        String json = config.toJson();
        if (json.length() > MAX_SETTINGS_LENGTH) {
            throw new IllegalArgumentException("The channel settings are too long (at most " + MAX_SETTINGS_LENGTH + " characters).");
        }
        String label = name == null || name.isBlank() ? kind.label() : name.strip();
        return view(setup.addChannel(profileId, kind.code(), label, secrets.seal(json), clock.instant()));
    }

    public List<ChannelSummary> channels(long profileId) {
        return setup.channels(profileId).stream().map(NotificationService::view).toList();
    }

    public boolean removeChannel(long channelId) {
        return setup.deleteChannel(channelId);
    }

    /**
     * Adds a rule: alerts of the category (null: any) at or above the severity go to the channels.
     *
     * @throws IllegalArgumentException without channels, or with a channel of another profile
     */
    public RuleSummary addRule(long profileId, AnomalyCategory category, AnomalySeverity minSeverity, Set<Long> channelIds) {
        if (channelIds.isEmpty()) {
            throw new IllegalArgumentException("A rule needs at least one channel.");
        }
        List<NotificationChannelEntity> channels = setup.channels(channelIds);
        if (channels.size() != channelIds.size() || channels.stream().anyMatch(c -> c.getProfileId() != profileId)) {
            throw new IllegalArgumentException("A rule can only use channels of the same profile.");
        }
        return view(setup.addRule(profileId, category == null ? null : category.name(), minSeverity.name(), channelIds,
                clock.instant()));
    }

    public List<RuleSummary> rules(long profileId) {
        return setup.rules(profileId).stream().map(NotificationService::view).toList();
    }

    public boolean removeRule(long ruleId) {
        return setup.deleteRule(ruleId);
    }

    public Optional<QuietHours> quietHours(long profileId) {
        return state.quietHours(profileId).map(h -> new QuietHours(h.start(), h.end()));
    }

    /** Sets the profile's quiet hours; empty switches them off. */
    public void setQuietHours(long profileId, Optional<QuietHours> hours) {
        state.setQuietHours(profileId, hours.map(h -> new NotificationStateRepository.QuietHours(h.start(), h.end())));
    }

    /** Sends a test notification on one channel now and logs it like any other. */
    public Optional<ChannelResult> sendTest(long channelId) {
        return setup.channels(Set.of(channelId)).stream().findFirst().map(channel -> processor.sendNow(
                new Notification(channel.getProfileId(), "test:" + channelId, AnomalyCategory.STATISTICAL_OUTLIER,
                        AnomalySeverity.INFO, MetricType.GLUCOSE, "Test notification",
                        "This is a test from Pulseport: the channel works.", clock.instant(), clock.instant(), 1), channel));
    }

    public List<LogLine> log(long profileId, int limit) {
        return logs.recent(profileId, limit).stream().map(e -> new LogLine(e.at(), e.channelKind() == null ? ""
                : ChannelKind.fromCode(e.channelKind()).map(ChannelKind::label).orElse(e.channelKind()), e.title(),
                e.status(), e.error())).toList();
    }

    public List<InboxMessage> inbox(long profileId, int limit) {
        return state.inbox(profileId, limit).stream().map(i -> new InboxMessage(i.createdAt(), i.severity(), i.title(),
                i.body())).toList();
    }

    private static ChannelSummary view(NotificationChannelEntity e) {
        return new ChannelSummary(e.getId(), e.getProfileId(), ChannelKind.fromCode(e.getKind()).orElseThrow(), e.getName());
    }

    private static RuleSummary view(NotificationRuleEntity e) {
        return new RuleSummary(e.getId(), e.getProfileId(), e.getCategory() == null ? null : AnomalyCategory.valueOf(e.getCategory()),
                AnomalySeverity.valueOf(e.getMinSeverity()), e.getChannelIds());
    }
}
