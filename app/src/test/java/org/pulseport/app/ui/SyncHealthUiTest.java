package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueMonitoring;
import org.pulseport.app.testing.QueueRows;
import org.testfx.api.FxRobot;

/**
 * The Sync health tab of the Workouts section in the real main window (headless), over a queue with pending,
 * retrying, succeeded and failed operations: the four tables, then Retry on a failed operation. Writes
 * docs/screenshots/sync-health.png.
 */
class SyncHealthUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static AppSession session;
    private static MainWindowFixture app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        session = AppSession.open(dataDir, false, Map.of(), step -> { });
        long ann = session.context().profiles().ensure("Ann", ZoneId.of("Europe/Vienna")).id();
        new QueueRows(dataDir, ann)
                .succeeded("wahoo", 11).succeeded("garmin-usb", 4).succeeded("trainingpeaks", 2)
                .pending("wahoo", "workout", "create").pending("wahoo", "workout_scheduled", "create")
                .pending("wahoo-usb", "workout", "update").pending("trainingpeaks", "workout_scheduled", "update")
                .retrying("trainingpeaks", "provider_error", "trainingpeaks answered 503 to /v2/workouts/plan", 2)
                .failed("garmin", "create", "provider_error", "garmin answered 500 to /workoutportal/workout/v2", 3)
                .failed("wahoo", "update", "auth_error", "Wahoo refused to renew the sign-in (invalid_grant); reconnect"
                        + " it in Connections", 0);
        app = MainWindowFixture.show(session);
        stage = app.stage();
    }

    @AfterAll
    static void stopApp() throws Exception {
        app.close();
    }

    @Test
    void showsTheQueueAndRetriesAFailedOperation() throws Exception {
        ListView<Section> navigation = robot.lookup("#navigation").queryListView();
        robot.interact(() -> navigation.getSelectionModel().select(Section.WORKOUTS));
        Awaitility.await().atMost(PATIENCE).until(() -> robot.lookup("#workoutTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#workoutTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(javafx.scene.control.Tab::getText)
                .containsExactly("Planned workouts", "Completed activities", "Sync health");
        robot.interact(() -> tabs.getSelectionModel().select(2));

        TableView<QueueEntry> failed = table("#failedTable");
        Awaitility.await().atMost(PATIENCE).until(() -> failed.getItems().size() == 2);
        assertThat(label("#syncHealthSummary")).isEqualTo("5 pending (1 waiting for a retry), 2 failed.");
        assertThat(label("#syncHealthScope")).startsWith("Ann's workout sync queue: what waits");
        TableView<QueueMonitoring.PendingCount> pending = table("#pendingTable");
        assertThat(pending.getItems()).extracting(QueueMonitoring.PendingCount::provider)
                .containsExactly("trainingpeaks", "trainingpeaks", "wahoo", "wahoo", "wahoo-usb");
        TableView<QueueMonitoring.ErrorCount> errors = table("#errorTable");
        assertThat(errors.getItems()).containsExactly(new QueueMonitoring.ErrorCount("provider_error", 1));
        TableView<QueueMonitoring.SuccessRate> rates = table("#ratesTable");
        assertThat(rates.getItems()).extracting(SyncHealthViewModel::rate)
                .containsExactly("0.00 %", "100.00 %", "100.00 %", "91.67 %");
        assertThat(failed.getItems()).extracting(QueueEntry::provider).containsExactly("wahoo", "garmin");
        assertThat(robot.lookup("#failedTable .retry").queryAll()).hasSize(2);
        Screenshots.write(stage, "sync-health.png");

        Button retryGarmin = robot.from(failed).lookup(".retry").queryAllAs(Button.class).stream()
                .filter(button -> button.getParent().getParent() instanceof TableCell<?, ?> cell
                        && cell.getItem() instanceof QueueEntry entry && entry.provider().equals("garmin"))
                .findFirst().orElseThrow();
        robot.interact(retryGarmin::fire);

        Awaitility.await().atMost(PATIENCE).until(() -> failed.getItems().size() == 1);
        assertThat(label("#syncHealthMessage")).isEqualTo("garmin: workout create is queued again and runs with the next batch.");
        assertThat(label("#syncHealthSummary")).isEqualTo("6 pending (1 waiting for a retry), 1 failed.");
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
