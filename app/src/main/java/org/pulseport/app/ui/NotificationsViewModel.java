package org.pulseport.app.ui;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.notify.ChannelKind;
import org.pulseport.app.notify.ChannelResult;
import org.pulseport.app.notify.ChannelSummary;
import org.pulseport.app.notify.InboxMessage;
import org.pulseport.app.notify.LogLine;
import org.pulseport.app.notify.NotificationService;
import org.pulseport.app.notify.QuietHours;
import org.pulseport.app.notify.RuleSummary;
import org.pulseport.app.notify.webhook.DeliveryAttempt;
import org.pulseport.app.notify.webhook.WebhookEndpoint;
import org.pulseport.app.notify.webhook.WebhookEventType;
import org.pulseport.app.notify.webhook.WebhookService;
import org.pulseport.core.model.Profile;

/**
 * Notifications &amp; Webhooks of the selected profile: its channels (add, send a test, remove), rules, quiet
 * hours, webhook endpoints (add, send a test ping), the in-app notifications and the recent notification log. All work runs through the
 * {@link TaskRunner}; the lists are replaced on the FX thread.
 */
public final class NotificationsViewModel {

    /** A choice of rule category: one category, or every one ({@code category} null). */
    public record CategoryChoice(AnomalyCategory category) {
        @Override
        public String toString() {
            return category == null ? "Every alert" : org.pulseport.app.notify.Notification.title(category);
        }
    }

    private record Snapshot(List<ChannelSummary> channels, List<RuleSummary> rules, List<WebhookEndpoint> webhooks,
                            List<InboxMessage> inbox, List<LogLine> log, Optional<QuietHours> quiet) {
    }

    static final int LOG_LINES = 50;

    private final NotificationService notifications;
    private final WebhookService webhooks;
    private final TaskRunner tasks;
    private final ProfileContext selection;

    private final ObservableList<ChannelSummary> channels = FXCollections.observableArrayList();
    private final ObservableList<String> rules = FXCollections.observableArrayList();
    private final ObservableList<WebhookEndpoint> endpoints = FXCollections.observableArrayList();
    private final ObservableList<InboxMessage> inbox = FXCollections.observableArrayList();
    private final ObservableList<LogLine> log = FXCollections.observableArrayList();
    private final ObjectProperty<ChannelKind> newChannelKind = new SimpleObjectProperty<>(ChannelKind.IN_APP);
    private final StringProperty newChannelName = new SimpleStringProperty("");
    private final StringProperty newChannelSettings = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper settingsHint = new ReadOnlyStringWrapper("");
    private final ObjectProperty<CategoryChoice> ruleCategory = new SimpleObjectProperty<>(new CategoryChoice(null));
    private final ObjectProperty<AnomalySeverity> ruleSeverity = new SimpleObjectProperty<>(AnomalySeverity.WARNING);
    private final ObjectProperty<ChannelSummary> ruleChannel = new SimpleObjectProperty<>();
    private final BooleanProperty quietEnabled = new SimpleBooleanProperty(false);
    private final StringProperty quietStart = new SimpleStringProperty("22:00");
    private final StringProperty quietEnd = new SimpleStringProperty("07:00");
    private final StringProperty webhookUrl = new SimpleStringProperty("");
    private final StringProperty webhookSecret = new SimpleStringProperty("");
    private final BooleanProperty webhookSyncs = new SimpleBooleanProperty(true);
    private final BooleanProperty webhookAnomalies = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    public NotificationsViewModel(NotificationService notifications, WebhookService webhooks, TaskRunner tasks,
                                  ProfileContext selection) {
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.tasks = tasks;
        this.selection = selection;
        newChannelKind.addListener((o, before, now) -> settingsHint.set(hint(now)));
        settingsHint.set(hint(newChannelKind.get()));
        selection.observe(this::reload, () -> { });
        reload();
    }

    /** Loads the selected profile's setup and log. */
    public void reload() {
        Profile p = selection.profile();
        if (p == null) {
            show(new Snapshot(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty()));
            return;
        }
        tasks.run("Loading notification settings", () -> new Snapshot(notifications.channels(p.id()), notifications.rules(p.id()),
                webhooks.list().stream().filter(w -> w.profileId() == p.id()).toList(), notifications.inbox(p.id(), LOG_LINES),
                notifications.log(p.id(), LOG_LINES),
                notifications.quietHours(p.id())), snapshot -> {
                    if (selection.isSelected(p)) {
                        show(snapshot);
                    }
                }, error -> feedback.set("Could not load the notification settings: " + error.getMessage()));
    }

    public void addChannel() {
        Map<String, String> settings;
        try {
            settings = parseSettings(newChannelSettings.get());
        } catch (IllegalArgumentException e) {
            feedback.set(e.getMessage());
            return;
        }
        ChannelKind kind = newChannelKind.get();
        String name = newChannelName.get();
        change("Adding channel", p -> notifications.addChannel(p.id(), kind, name, settings), added -> {
            newChannelName.set("");
            newChannelSettings.set("");
            return "Added channel " + added + ".";
        });
    }

    public void testChannel(ChannelSummary channel) {
        change("Sending a test notification", p -> notifications.sendTest(channel.id()).orElseThrow(),
                result -> result instanceof ChannelResult.Failed failed ? "Test failed: " + failed.error()
                        : "Test notification sent to " + channel + ".");
    }

    public void removeChannel(ChannelSummary channel) {
        change("Removing channel", p -> notifications.removeChannel(channel.id()), removed -> "Removed " + channel + ".");
    }

    public void addRule() {
        ChannelSummary channel = ruleChannel.get();
        if (channel == null) {
            feedback.set("Choose the channel the rule sends to.");
            return;
        }
        AnomalyCategory category = ruleCategory.get().category();
        AnomalySeverity severity = ruleSeverity.get();
        change("Adding rule", p -> notifications.addRule(p.id(), category, severity, Set.of(channel.id())),
                rule -> "Added rule: " + rule.describe() + " → " + channel + ".");
    }

    public void saveQuietHours() {
        Optional<QuietHours> hours;
        try {
            hours = quietEnabled.get() ? Optional.of(new QuietHours(LocalTime.parse(quietStart.get().strip()),
                    LocalTime.parse(quietEnd.get().strip()))) : Optional.empty();
        } catch (DateTimeParseException e) {
            feedback.set("Quiet hours are times like 22:00 and 07:00.");
            return;
        }
        change("Saving quiet hours", p -> {
            notifications.setQuietHours(p.id(), hours);
            return hours;
        }, saved -> saved.map(h -> "Quiet hours " + h + ": only urgent alerts (and the app's list) get through.")
                .orElse("Quiet hours are off."));
    }

    /** Adds a webhook; without a secret one is generated and shown once. */
    public void addWebhook() {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        if (webhookSyncs.get()) {
            events.add(WebhookEventType.SYNC_COMPLETED);
        }
        if (webhookAnomalies.get()) {
            events.add(WebhookEventType.ANOMALY_DETECTED);
        }
        boolean generated = webhookSecret.get().isBlank();
        String secret = generated ? WebhookService.newSecret() : webhookSecret.get();
        String url = webhookUrl.get();
        change("Adding webhook", p -> webhooks.add(p.id(), url, secret, events), endpoint -> {
            webhookUrl.set("");
            webhookSecret.set("");
            return "Added webhook #" + endpoint.id() + (generated ? ". Its secret (shown only now): " + secret : ".");
        });
    }

    public void testWebhook(WebhookEndpoint endpoint) {
        change("Sending a test ping", p -> webhooks.test(endpoint.id()).orElseThrow(), (DeliveryAttempt attempt) ->
                "Ping to webhook #" + endpoint.id() + ": " + attempt.status() + " (" + attempt.outcome() + ", "
                        + attempt.latencyMs() + " ms).");
    }

    /** Runs a change for the selected profile, reports it, then reloads. */
    private <T> void change(String description, ProfileWork<T> work, java.util.function.Function<T, String> report) {
        Profile p = selection.profile();
        if (p == null) {
            feedback.set("Create or select a profile first.");
            return;
        }
        Callable<T> call = () -> work.apply(p);
        Consumer<T> done = result -> {
            feedback.set(report.apply(result));
            reload();
        };
        tasks.run(description, call, done, error -> feedback.set(error.getMessage()));
    }

    /** Work on one profile's setup. */
    @FunctionalInterface
    private interface ProfileWork<T> {
        T apply(Profile profile) throws Exception;
    }

    private void show(Snapshot s) {
        Map<Long, String> names = s.channels().stream().collect(Collectors.toMap(ChannelSummary::id, ChannelSummary::toString));
        channels.setAll(s.channels());
        rules.setAll(s.rules().stream().map(r -> r.describe() + " → " + (r.channelIds().isEmpty() ? "no channel"
                : r.channelIds().stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(", ")))).toList());
        endpoints.setAll(s.webhooks());
        inbox.setAll(s.inbox());
        log.setAll(s.log());
        quietEnabled.set(s.quiet().isPresent());
        s.quiet().ifPresent(h -> {
            quietStart.set(h.start().toString());
            quietEnd.set(h.end().toString());
        });
        if (ruleChannel.get() == null || !s.channels().contains(ruleChannel.get())) {
            ruleChannel.set(s.channels().isEmpty() ? null : s.channels().get(0));
        }
    }

    /**
     * Parses {@code key=value; key=value} (also one per line).
     *
     * @throws IllegalArgumentException for a part without {@code =}
     */
    static Map<String, String> parseSettings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Write settings as key=value; key=value (\"" + part.strip() + "\" has no key).");
            }
            settings.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return settings;
    }

    private static String hint(ChannelKind kind) {
        switch (kind) {
            case EMAIL:
                return "host=smtp.example.org; port=587; from=me@example.org; to=me@example.org; security=starttls; username=…; password=…";
            case NTFY:
                return "topic=my-secret-topic; server=https://ntfy.sh; token=tk_… (optional)";
            case WEBHOOK:
                return "url=https://…; secret=… (optional, signs the request)";
            case SLACK:
            case DISCORD:
            case TEAMS:
                return "url=https://… (the incoming webhook URL)";
            default:
                return "nothing to set";
        }
    }

    /** The selected profile's time zone, for showing when notifications were sent. */
    public java.time.ZoneId zone() {
        return selection.zone();
    }

    public ObservableList<ChannelSummary> channels() {
        return channels;
    }

    public ObservableList<String> rules() {
        return rules;
    }

    public ObservableList<WebhookEndpoint> endpoints() {
        return endpoints;
    }

    public ObservableList<InboxMessage> inbox() {
        return inbox;
    }

    public ObservableList<LogLine> log() {
        return log;
    }

    public ObjectProperty<ChannelKind> newChannelKindProperty() {
        return newChannelKind;
    }

    public StringProperty newChannelNameProperty() {
        return newChannelName;
    }

    public StringProperty newChannelSettingsProperty() {
        return newChannelSettings;
    }

    public ReadOnlyStringProperty settingsHintProperty() {
        return settingsHint.getReadOnlyProperty();
    }

    public ObjectProperty<CategoryChoice> ruleCategoryProperty() {
        return ruleCategory;
    }

    public ObjectProperty<AnomalySeverity> ruleSeverityProperty() {
        return ruleSeverity;
    }

    public ObjectProperty<ChannelSummary> ruleChannelProperty() {
        return ruleChannel;
    }

    public BooleanProperty quietEnabledProperty() {
        return quietEnabled;
    }

    public StringProperty quietStartProperty() {
        return quietStart;
    }

    public StringProperty quietEndProperty() {
        return quietEnd;
    }

    public StringProperty webhookUrlProperty() {
        return webhookUrl;
    }

    public StringProperty webhookSecretProperty() {
        return webhookSecret;
    }

    public BooleanProperty webhookSyncsProperty() {
        return webhookSyncs;
    }

    public BooleanProperty webhookAnomaliesProperty() {
        return webhookAnomalies;
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
