package org.pulseport.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.analytics.BaselineDeviation;
import org.pulseport.app.analytics.GlucoseExcursion;
import org.pulseport.app.notify.webhook.WebhookService;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.core.model.MetricType;

/**
 * The notification processor driven as analytics drives it: real {@link Anomaly} records handed to
 * {@link NotificationService#notify}, the queued job run, and what reached which channel, what was logged, merged
 * and held back for quiet hours. Slack answers 200 and Discord 500 from a local server.
 */
class NotificationServiceTest {

    private static final Instant NOON = Instant.parse("2025-03-01T11:00:00Z");
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @TempDir
    Path dir;
    private Database db;
    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(NOON);
    private final RecordingQueue queue = new RecordingQueue();
    private final FakeDesktop desktop = new FakeDesktop();
    private NotificationService notifications;
    private WebhookService webhooks;
    private long profileId;
    private ChannelSummary inApp;
    private ChannelSummary slack;
    private ChannelSummary discord;

    /** A desktop whose tray can be switched on and off, remembering what it showed. */
    static final class FakeDesktop implements DesktopNotifier {
        boolean tray;
        final List<String> shown = new ArrayList<>();

        @Override
        public boolean available() {
            return tray;
        }

        @Override
        public void show(String title, String message, AnomalySeverity severity) {
            shown.add(title);
        }
    }

    @BeforeEach
    void open() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getPath().startsWith("/discord") ? new MockResponse().setResponseCode(500).setBody("boom")
                        : new MockResponse().setResponseCode(200).setBody("ok");
            }
        });
        server.start();
        db = Database.openEmbedded(dir, step -> { });
        profileId = new ProfileRepository(db.sessions()).create("Ann", VIENNA, NOON).id();
        NotifyServices services = NotifyServices.create(db, NotifySecrets.ephemeral(), desktop, queue, clock);
        notifications = services.notifications();
        webhooks = services.webhooks();
        inApp = notifications.addChannel(profileId, ChannelKind.IN_APP, "", Map.of());
        slack = notifications.addChannel(profileId, ChannelKind.SLACK, "Family", Map.of("url", server.url("/slack").toString()));
        discord = notifications.addChannel(profileId, ChannelKind.DISCORD, "Team", Map.of("url", server.url("/discord").toString()));
    }

    @AfterEach
    void close() throws Exception {
        server.shutdown();
        db.close();
    }

    private static GlucoseExcursion low(Instant start, Duration length) {
        return new GlucoseExcursion(AnomalyCategory.GLUCOSE_LOW, AnomalySeverity.WARNING, start, start.plus(length), 62, 70,
                "Glucose below 70 mg/dL for " + length.toMinutes() + " min (lowest 62).");
    }

    private static GlucoseExcursion urgentLow(Instant start) {
        return new GlucoseExcursion(AnomalyCategory.GLUCOSE_URGENT_LOW, AnomalySeverity.URGENT, start,
                start.plus(Duration.ofMinutes(30)), 49, 54, "Glucose below 54 mg/dL for 30 min (lowest 49).");
    }

    private static BaselineDeviation restingHeartRate(AnomalySeverity severity, LocalDate day) {
        Instant start = day.atStartOfDay(VIENNA).toInstant();
        return new BaselineDeviation(AnomalyCategory.RESTING_HEART_RATE_UP, severity, MetricType.RESTING_HEART_RATE, day,
                start, start.plus(Duration.ofDays(1)), 68, 58, 3.1, "Resting heart rate 68 bpm, usually 58 bpm.");
    }

    /** Notifies, runs the queued job like the notifications queue would, and returns its report. */
    private DispatchReport notifyAndRun(List<? extends Anomaly> anomalies) throws Exception {
        int before = queue.queued.size();
        notifications.notify(profileId, anomalies);
        RecordingQueue.Queued job = queue.queued.stream().skip(before)
                .filter(q -> q.taskName().equals(NotificationService.NOTIFY_TASK)).findFirst().orElseThrow();
        return notifications.process(job.data());
    }

    private List<String> logStatuses() {
        return notifications.log(profileId, 50).stream().map(l -> l.channel() + " " + l.status()).toList();
    }

    @Test
    void rulesPickChannelsByCategoryAndSeverityAndAFailingChannelBlocksNoOther() throws Exception {
        notifications.addRule(profileId, AnomalyCategory.GLUCOSE_URGENT_LOW, AnomalySeverity.URGENT, Set.of(slack.id(), inApp.id()));
        notifications.addRule(profileId, null, AnomalySeverity.WARNING, Set.of(inApp.id()));
        notifications.addRule(profileId, AnomalyCategory.RESTING_HEART_RATE_UP, AnomalySeverity.INFO, Set.of(discord.id()));
        BaselineDeviation outlier = new BaselineDeviation(AnomalyCategory.STATISTICAL_OUTLIER, AnomalySeverity.INFO,
                MetricType.STEPS, LocalDate.of(2025, 2, 28), NOON.minus(Duration.ofDays(1)), NOON, 31000, 9000, 4.2,
                "31,000 steps, usually 9,000.");

        notifications.notify(profileId, List.of(urgentLow(NOON.minus(Duration.ofHours(2))), outlier,
                restingHeartRate(AnomalySeverity.WARNING, LocalDate.of(2025, 2, 28))));
        assertThat(queue.queued).singleElement().satisfies(job -> {
            assertThat(job.taskName()).isEqualTo(NotificationService.NOTIFY_TASK);
            assertThat(job.instance()).startsWith("profile-" + profileId + "-");
        });
        DispatchReport report = notifications.process(queue.queued.get(0).data());

        assertThat(report.results()).hasSize(4);
        assertThat(report.count(ChannelResult.Sent.class)).isEqualTo(3);
        assertThat(report.results()).filteredOn(ChannelResult.Failed.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ChannelResult.Failed.class, failed -> {
                    assertThat(failed.kind()).isEqualTo(ChannelKind.DISCORD);
                    assertThat(failed.error()).isEqualTo("Discord: HTTP 500: boom");
                });
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isIn("/slack", "/discord");
        assertThat(notifications.inbox(profileId, 10)).extracting(InboxMessage::title)
                .containsExactlyInAnyOrder("Urgent low glucose", "Resting heart rate up");
        assertThat(notifications.log(profileId, 10)).hasSize(4)
                .anySatisfy(line -> {
                    assertThat(line.channel()).isEqualTo("Discord");
                    assertThat(line.status()).isEqualTo("failed");
                    assertThat(line.error()).isEqualTo("Discord: HTTP 500: boom");
                })
                .anySatisfy(line -> assertThat(line.channel() + " " + line.status() + " " + line.title())
                        .isEqualTo("Slack sent Urgent: Urgent low glucose"));
    }

    @Test
    void repeatsOfAnOngoingConditionAreMergedAndOnlyEscalationsOrNewEpisodesAreSentAgain() throws Exception {
        notifications.addRule(profileId, null, AnomalySeverity.INFO, Set.of(slack.id()));
        Instant first = NOON.minus(Duration.ofHours(6));

        DispatchReport batch = notifyAndRun(List.of(low(first, Duration.ofMinutes(20)),
                low(first.plus(Duration.ofMinutes(50)), Duration.ofMinutes(25))));
        assertThat(batch.count(ChannelResult.Sent.class)).as("two lows in one batch: one message").isEqualTo(1);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).contains("(2 episodes)");

        DispatchReport repeat = notifyAndRun(List.of(low(first.plus(Duration.ofHours(2)), Duration.ofMinutes(15))));
        assertThat(repeat.results()).singleElement().isInstanceOf(ChannelResult.Merged.class);

        DispatchReport later = notifyAndRun(List.of(low(first.plus(Duration.ofHours(6)), Duration.ofMinutes(15))));
        assertThat(later.count(ChannelResult.Sent.class)).as("more than 3 h after the last episode: a new one").isEqualTo(1);

        LocalDate day = LocalDate.of(2025, 2, 28);
        assertThat(notifyAndRun(List.of(restingHeartRate(AnomalySeverity.INFO, day))).count(ChannelResult.Sent.class)).isEqualTo(1);
        assertThat(notifyAndRun(List.of(restingHeartRate(AnomalySeverity.WARNING, day))).count(ChannelResult.Sent.class))
                .as("the same condition got worse").isEqualTo(1);
        assertThat(notifyAndRun(List.of(restingHeartRate(AnomalySeverity.INFO, day))).results())
                .singleElement().isInstanceOf(ChannelResult.Merged.class);

        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(logStatuses()).containsExactly(" merged", "Slack sent", "Slack sent", "Slack sent", " merged", "Slack sent")
                .as("newest first");
    }

    @Test
    void quietHoursHoldBackNonUrgentAlertsExceptInTheAppAndLetUrgentOnesThrough() throws Exception {
        notifications.addRule(profileId, null, AnomalySeverity.WARNING, Set.of(slack.id(), inApp.id()));
        notifications.setQuietHours(profileId, Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))));
        clock.set(Instant.parse("2025-03-01T02:00:00Z"));

        DispatchReport night = notifyAndRun(List.of(low(Instant.parse("2025-03-01T01:00:00Z"), Duration.ofMinutes(20)),
                urgentLow(Instant.parse("2025-03-01T01:10:00Z"))));

        assertThat(night.results()).extracting(r -> r.getClass().getSimpleName() + " " + r.conditionKey())
                .containsExactlyInAnyOrder("Held glucose_low:glucose", "Sent glucose_low:glucose",
                        "Sent glucose_urgent_low:glucose", "Sent glucose_urgent_low:glucose");
        assertThat(server.getRequestCount()).as("only the urgent low reached Slack").isEqualTo(1);
        assertThat(notifications.inbox(profileId, 10)).hasSize(2);
        assertThat(logStatuses()).contains("Slack quiet");

        clock.set(Instant.parse("2025-03-01T07:30:00Z"));
        assertThat(notifyAndRun(List.of(restingHeartRate(AnomalySeverity.WARNING, LocalDate.of(2025, 2, 28))))
                .count(ChannelResult.Sent.class)).as("08:30 in Vienna: quiet hours are over").isEqualTo(2);
        assertThat(notifications.quietHours(profileId)).contains(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));
    }

    @Test
    void desktopNotificationsUseTheTrayOrFallBackToTheInAppList() throws Exception {
        ChannelSummary desktopChannel = notifications.addChannel(profileId, ChannelKind.DESKTOP, "", Map.of());
        notifications.addRule(profileId, null, AnomalySeverity.INFO, Set.of(desktopChannel.id()));

        notifyAndRun(List.of(restingHeartRate(AnomalySeverity.WARNING, LocalDate.of(2025, 2, 20))));
        assertThat(notifications.inbox(profileId, 10)).extracting(InboxMessage::title).containsExactly("Resting heart rate up");

        desktop.tray = true;
        notifyAndRun(List.of(urgentLow(NOON)));
        assertThat(desktop.shown).containsExactly("Urgent: Urgent low glucose");
        assertThat(notifications.inbox(profileId, 10)).hasSize(1);
    }

    @Test
    void anomaliesArePublishedToAnomalyWebhooksToo() throws Exception {
        webhooks.add(profileId, server.url("/hook").toString(), "whsec-0123456789abcdef",
                Set.of(org.pulseport.app.notify.webhook.WebhookEventType.ANOMALY_DETECTED));

        notifications.notify(profileId, List.of(urgentLow(NOON)));

        assertThat(queue.queued).extracting(RecordingQueue.Queued::taskName)
                .containsExactlyInAnyOrder(NotificationService.NOTIFY_TASK, WebhookService.DELIVER_TASK);
        notifications.notify(profileId, List.of());
        assertThat(queue.queued).hasSize(2);
        assertThat(notifications.notificationTask().handler().run(queue.queued.get(0).data()))
                .isInstanceOf(org.pulseport.app.engine.TaskOutcome.Done.class);
    }

    @Test
    void aTestNotificationGoesToOneChannelNowAndSetupIsValidated() throws Exception {
        assertThat(notifications.sendTest(slack.id())).containsInstanceOf(ChannelResult.Sent.class);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).contains("Test notification");
        assertThat(notifications.sendTest(discord.id())).containsInstanceOf(ChannelResult.Failed.class);
        assertThat(notifications.sendTest(4242)).isEmpty();

        assertThatIllegalArgumentException().isThrownBy(() -> notifications.addChannel(profileId, ChannelKind.EMAIL, "Mail",
                Map.of("host", "smtp.example.org"))).withMessageContaining("'port'");
        long other = new ProfileRepository(db.sessions()).create("Ben", VIENNA, NOON).id();
        assertThatIllegalArgumentException().isThrownBy(() -> notifications.addRule(other, null, AnomalySeverity.INFO,
                Set.of(slack.id())));
        assertThatIllegalArgumentException().isThrownBy(() -> notifications.addRule(profileId, null, AnomalySeverity.INFO, Set.of()));

        RuleSummary rule = notifications.addRule(profileId, AnomalyCategory.GLUCOSE_LOW, AnomalySeverity.WARNING, Set.of(slack.id()));
        assertThat(rule.describe()).isEqualTo("Low glucose, warning or worse");
        assertThat(notifications.channels(profileId)).extracting(ChannelSummary::toString)
                .containsExactly("In the app (In the app)", "Family (Slack)", "Team (Discord)");
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT config FROM notification_channels WHERE id = " + slack.id())) {
            rs.next();
            assertThat(rs.getString(1)).as("settings are sealed").isNotBlank().doesNotContain("/slack").doesNotContain("hooks");
        }
        assertThat(notifications.removeChannel(slack.id())).isTrue();
        assertThat(notifications.rules(profileId)).singleElement().satisfies(r -> assertThat(r.channelIds()).isEmpty());
        assertThat(notifications.removeRule(rule.id())).isTrue();
        assertThat(notifications.rules(profileId)).isEmpty();
    }
}
