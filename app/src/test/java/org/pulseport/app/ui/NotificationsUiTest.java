package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.analytics.GlucoseExcursion;
import org.pulseport.app.notify.ChannelKind;
import org.pulseport.app.notify.ChannelSummary;
import org.pulseport.app.notify.QuietHours;
import org.pulseport.app.notify.webhook.WebhookEventType;
import org.pulseport.core.model.Profile;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Notifications section in the real main window (headless Monocle): a profile with channels, rules, quiet
 * hours, a webhook and sent notifications; adding a webhook through the form; writes
 * docs/screenshots/notifications.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static final MockWebServer SERVER = new MockWebServer();
    private static AppSession session;
    private static MainWindowFixture app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        SERVER.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getPath().startsWith("/teams") ? new MockResponse().setResponseCode(400).setBody("Bad payload")
                        : new MockResponse().setResponseCode(200);
            }
        });
        SERVER.start();
        session = AppSession.open(dataDir, false, step -> { });
        populate(session.context());
        app = MainWindowFixture.show(session);
        stage = app.stage();
    }

    private static void populate(AppContext context) {
        Profile ann = context.profiles().ensure("Ann", ZoneId.of("Europe/Vienna"));
        var notifications = context.notifications();
        ChannelSummary inApp = notifications.addChannel(ann.id(), ChannelKind.IN_APP, "", Map.of());
        ChannelSummary slack = notifications.addChannel(ann.id(), ChannelKind.SLACK, "Family", Map.of("url", SERVER.url("/slack").toString()));
        ChannelSummary teams = notifications.addChannel(ann.id(), ChannelKind.TEAMS, "Clinic", Map.of("url", SERVER.url("/teams").toString()));
        notifications.addChannel(ann.id(), ChannelKind.NTFY, "Phone", Map.of("topic", "ann-alerts", "server", SERVER.url("/").toString()));
        notifications.addRule(ann.id(), AnomalyCategory.GLUCOSE_URGENT_LOW, AnomalySeverity.URGENT, Set.of(slack.id(), teams.id()));
        notifications.addRule(ann.id(), null, AnomalySeverity.WARNING, Set.of(inApp.id()));
        notifications.setQuietHours(ann.id(), Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))));
        context.webhooks().add(ann.id(), SERVER.url("/pulseport-events").toString(), "whsec-ui-0123456789", Set.of());
        context.startEngine();
        Instant start = Instant.now().minus(Duration.ofHours(2));
        notifications.notify(ann.id(), List.of(new GlucoseExcursion(AnomalyCategory.GLUCOSE_URGENT_LOW, AnomalySeverity.URGENT,
                start, start.plus(Duration.ofMinutes(25)), 49, 54, "Glucose below 54 mg/dL for 25 min (lowest 49).")));
        Awaitility.await().atMost(PATIENCE).until(() -> notifications.log(ann.id(), 10).size() == 3);
    }

    @AfterAll
    static void stopApp() throws Exception {
        app.close();
        SERVER.shutdown();
    }

    private void openNotifications() {
        ListView<Section> navigation = robot.lookup("#navigation").queryListView();
        robot.interact(() -> navigation.getSelectionModel().select(Section.NOTIFICATIONS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<?> list(String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    @Test
    @Order(2)
    void showsTheSetupAndAddsAWebhookThroughTheForm() {
        openNotifications();
        Awaitility.await().atMost(PATIENCE).until(() -> list("#channelList").getItems().size() == 4);
        assertThat(list("#ruleList").getItems()).hasSize(2);
        assertThat(list("#notificationLog").getItems()).hasSize(3);
        assertThat(list("#notificationInbox").getItems()).hasSize(1);
        assertThat(robot.lookup("#quietStart").queryAs(TextField.class).getText()).isEqualTo("22:00");

        robot.interact(() -> robot.lookup("#webhookUrl").queryAs(TextField.class).setText(SERVER.url("/second").toString()));
        robot.clickOn("#addWebhook");
        Awaitility.await().atMost(PATIENCE).until(() -> list("#webhookList").getItems().size() == 2);
        assertThat(robot.lookup("#notificationsFeedback").queryAs(Label.class).getText()).startsWith("Added webhook #2.");
        assertThat(session.context().webhooks().find(2).orElseThrow().events())
                .containsExactlyInAnyOrder(WebhookEventType.SYNC_COMPLETED, WebhookEventType.ANOMALY_DETECTED);
    }

    @Test
    @Order(1)
    void writesTheNotificationsScreenshot() throws Exception {
        openNotifications();
        Awaitility.await().atMost(PATIENCE).until(() -> list("#notificationLog").getItems().size() >= 3);
        Screenshots.write(stage, "notifications.png");
    }
}
