package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.FitCorpus;
import org.pulseport.core.model.Profile;
import org.testfx.api.FxRobot;

/**
 * The Workouts section in the real main window (headless Monocle) with two imported rides: the list, the
 * selected ride's summary, laps and charts; writes docs/screenshots/activities.png.
 */
class ActivitiesUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static AppSession session;
    private static MainWindowFixture app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        session = AppSession.open(dataDir, false, step -> { });
        Profile ann = session.context().profiles().ensure("Ann", ZoneId.of("Europe/Vienna"));
        session.context().activityImporter().importFiles(ann.id(), List.of(FitCorpus.file("garmin-fenix-5-bike.fit"),
                FitCorpus.file("garmin-edge-500-activity.fit")));
        app = MainWindowFixture.show(session);
        stage = app.stage();
        ListView<Section> navigation = new FxRobot().lookup("#navigation").queryListView();
        new FxRobot().interact(() -> navigation.getSelectionModel().select(Section.WORKOUTS));
    }

    @AfterAll
    static void stopApp() throws Exception {
        app.close();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void showsTheActivitiesAndTheSelectedOnesSummaryLapsAndCharts() {
        ListView<ActivitiesViewModel.ActivityRow> list = robot.lookup("#activityList").queryListView();
        Awaitility.await().atMost(PATIENCE).until(() -> list.getItems().size() == 2 && !text("#activityTitle").isEmpty());
        assertThat(list.getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(list.getItems()).allSatisfy(row -> assertThat(row.title()).matches("[A-Z][a-z ]+ · \\d+\\.\\d{2} km"));
        assertThat(text("#activityDistance")).matches("\\d+\\.\\d{2} km");
        assertThat(text("#activityDuration")).matches("\\d+:\\d{2}:\\d{2}");
        assertThat(text("#activitiesEmpty")).isEmpty();

        robot.interact(() -> list.getSelectionModel().select(1));
        ActivityChart heartRate = robot.lookup("#heartRateChart").queryAs(ActivityChart.class);
        ActivityChart speed = robot.lookup("#speedChart").queryAs(ActivityChart.class);
        TableView<ActivitiesViewModel.LapRow> laps = robot.lookup("#lapTable").queryTableView();
        Awaitility.await().atMost(PATIENCE).until(() -> text("#activityNotes").startsWith("garmin-edge-500-activity.fit"));
        Awaitility.await().atMost(PATIENCE).until(() -> !heartRate.getData().isEmpty()
                && !heartRate.getData().get(0).getData().isEmpty());
        assertThat(heartRate.getData().get(0).getData().size()).isLessThanOrEqualTo(ActivityCharts.MAX_POINTS);
        assertThat(speed.getData().get(0).getData()).isNotEmpty();
        assertThat(laps.getItems()).isNotEmpty();
        assertThat(text("#activityHeartRate")).matches("\\d+ / \\d+ bpm");
    }

    @Test
    void writesTheActivitiesScreenshot() throws Exception {
        ListView<ActivitiesViewModel.ActivityRow> list = robot.lookup("#activityList").queryListView();
        Awaitility.await().atMost(PATIENCE).until(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(1));
        ActivityChart heartRate = robot.lookup("#heartRateChart").queryAs(ActivityChart.class);
        Awaitility.await().atMost(PATIENCE).until(() -> text("#activityNotes").startsWith("garmin-edge-500-activity.fit")
                && !heartRate.getData().isEmpty() && heartRate.getData().get(0).getData().size() > 100);
        Screenshots.write(stage, "activities.png");
    }
}
