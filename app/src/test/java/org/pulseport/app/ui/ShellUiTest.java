package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.SettingsService.Theme;
import org.pulseport.core.model.Profile;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window headless (Monocle) on a demo data directory, visits every section, checks what
 * they show, and writes docs/screenshots/shell.png.
 */
class ShellUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static AppSession session;
    private static MainWindowFixture app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        session = AppSession.open(dataDir, true, step -> { });
        app = MainWindowFixture.show(session);
        stage = app.stage();
        Awaitility.await().atMost(PATIENCE).until(() -> label("#dashboardProfile").getText().equals("Demo"));
    }

    @AfterAll
    static void stopApp() throws Exception {
        app.close();
    }

    private static Label label(String query) {
        return new FxRobot().lookup(query).queryAs(Label.class);
    }

    private void select(Section section) {
        ListView<Section> navigation = robot.lookup("#navigation").queryListView();
        robot.interact(() -> navigation.getSelectionModel().select(section));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node content() {
        return robot.lookup("#content").queryAs(StackPane.class).getChildren().get(0);
    }

    @Test
    void theDemoProfileIsSelectedAndTheDashboardShowsItsLatestGlucose() {
        ComboBox<Profile> profiles = robot.lookup("#profileSelector").queryComboBox();
        assertThat(profiles.getValue().name()).isEqualTo("Demo");
        select(Section.DASHBOARD);
        Awaitility.await().atMost(PATIENCE).until(() -> label("#dashboardGlucose").getText().contains("mg/dL"));
        assertThat(label("#dashboardGlucose").getText()).matches("\\d{2,3} mg/dL [⇈↑↗→↘↓⇊?!]");
        assertThat(label("#dashboardInRange").getText()).matches("\\d{1,3} %");
        assertThat(label("#dashboardSleep").getText()).matches("\\d{2}");
        assertThat(label("#dashboardReadings").getText().replace(",", "")).satisfies(
                count -> assertThat(Long.parseLong(count)).isGreaterThan(25_000));
        GlucoseChart chart = robot.lookup("#dashboardGlucoseChart").queryAs(GlucoseChart.class);
        Awaitility.await().atMost(PATIENCE).until(() -> !chart.getData().isEmpty()
                && chart.getData().get(0).getData().size() >= 280);
    }

    @Test
    void everySectionShowsItsView() {
        for (Section section : Section.values()) {
            select(section);
            Node view = content();
            assertThat(view.isVisible()).isTrue();
            if (section == Section.WORKOUTS) {
                assertThat(view).isInstanceOfSatisfying(javafx.scene.control.TabPane.class, tabs -> assertThat(tabs.getTabs())
                        .extracting(javafx.scene.control.Tab::getText).containsExactly("Planned workouts", "Completed activities",
                                "Sync health"));
            }
        }
        select(Section.GLUCOSE);
        GlucoseChart chart = robot.lookup("#glucoseChart").queryAs(GlucoseChart.class);
        Awaitility.await().atMost(PATIENCE).until(() -> chart.visibleWindow() != null && chart.drawnPoints() > 250);
        assertThat(chart.visibleWindow().span()).isGreaterThan(java.time.Duration.ofDays(6).toMillis());
        assertThat(label("#meanGlucose").getText()).matches("\\d{2,3}");
        assertThat(label("#readingCount").getText().replace(",", "")).satisfies(n -> assertThat(Integer.parseInt(n)).isGreaterThan(1900));
        select(Section.SETTINGS);
        assertThat(label("#dataDirectory").getText()).isEqualTo(dataDir.toString());
    }

    @Test
    void syncNowOnTheDashboardReportsWhatCameIn() {
        select(Section.DASHBOARD);
        robot.clickOn("#syncNow");
        Awaitility.await().atMost(PATIENCE).until(() -> label("#syncStatus").getText().startsWith("Synced 1 source"));
    }

    @Test
    void theJobsViewShowsItsTables() {
        select(Section.JOBS);
        assertThat(robot.lookup("#deadLetters").queryTableView().getPlaceholder()).isInstanceOfSatisfying(Label.class,
                placeholder -> assertThat(placeholder.getText()).startsWith("No dead letters"));
        assertThat(robot.lookup("#jobStats").queryTableView().getColumns()).extracting(c -> c.getText())
                .containsExactly("Job", "Runs", "Failed", "Failure rate", "Last run");
    }

    @Test
    void profilesCanBeCreatedAndSwitchedInTheUi() {
        select(Section.SETTINGS);
        TextField name = robot.lookup("#newProfileName").queryAs(TextField.class);
        robot.interact(() -> name.setText("Ann"));
        robot.interact(() -> robot.lookup("#createProfile").queryButton().fire());
        Awaitility.await().atMost(PATIENCE).until(() -> label("#settingsFeedback").getText().equals("Created profile Ann."));
        ComboBox<Profile> profiles = robot.lookup("#profileSelector").queryComboBox();
        Awaitility.await().atMost(PATIENCE).until(() -> profiles.getValue() != null && profiles.getValue().name().equals("Ann"));
        assertThat(profiles.getItems()).extracting(Profile::name).contains("Ann", "Demo");
        select(Section.GLUCOSE);
        Awaitility.await().atMost(PATIENCE).until(() -> robot.lookup(".empty-message").queryAs(Label.class)
                .getText().startsWith("No glucose readings"));
        robot.interact(() -> profiles.setValue(profiles.getItems().stream().filter(p -> p.name().equals("Demo")).findFirst().orElseThrow()));
        Awaitility.await().atMost(PATIENCE).until(() -> robot.lookup(".empty-message").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void theThemeToggleSwitchesAndIsRemembered() {
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().viewModel().themeProperty().get()).isEqualTo(Theme.DARK);
        Awaitility.await().atMost(PATIENCE).until(() -> session.context().settings().theme() == Theme.DARK);
        robot.clickOn("#themeToggle");
        Awaitility.await().atMost(PATIENCE).until(() -> session.context().settings().theme() == Theme.LIGHT);
    }

    @Test
    void theGlucoseViewShowsTheAgpAndTimeInRanges() throws Exception {
        select(Section.GLUCOSE);
        robot.interact(() -> robot.lookup("#glucoseTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        AgpChart agp = robot.lookup("#agpChart").queryAs(AgpChart.class);
        Awaitility.await().atMost(PATIENCE).until(() -> agp.bins().size() == 96);
        Awaitility.await().atMost(PATIENCE).until(() -> robot.lookup("#tirBar").queryAs(TimeInRangeBar.class).getChildren().size() == 5);
        assertThat(label("#agp-3").getText()).matches("\\d\\.\\d % \\(\\d+ mmol/mol\\)");
        screenshot("glucose-agp.png");
        robot.interact(() -> robot.lookup("#glucoseTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(0));
    }

    @Test
    void aYearOfReadingsIsDrawnWithAboutOnePointPerPixelAndZoomKeepsItSo() {
        select(Section.GLUCOSE);
        GlucoseChart chart = robot.lookup("#glucoseChart").queryAs(GlucoseChart.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<GlucoseViewModel.Range> range = robot.lookup("#rangeChoice").queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> range.setValue(GlucoseViewModel.Range.QUARTER));
        Awaitility.await().atMost(PATIENCE).until(() -> chart.visibleWindow() != null
                && chart.visibleWindow().span() > java.time.Duration.ofDays(80).toMillis());
        assertThat(chart.drawnPoints()).isLessThanOrEqualTo((int) Math.max(300, chart.getWidth()) + 1);
        VisibleWindow before = chart.visibleWindow();
        robot.interact(() -> chart.zoom(0.1, before.from() + before.span() / 2));
        assertThat(chart.visibleWindow().span()).isLessThan(before.span() / 5);
        assertThat(chart.drawnPoints()).isLessThanOrEqualTo((int) Math.max(300, chart.getWidth()) + 1).isGreaterThan(100);
        robot.interact(() -> range.setValue(GlucoseViewModel.Range.WEEK));
    }

    @Test
    void activityAndSleepShowsDailyValuesScoresAndCorrelations() throws Exception {
        select(Section.ACTIVITY_SLEEP);
        DailyChart chart = robot.lookup("#dailyChart").queryAs(DailyChart.class);
        Awaitility.await().atMost(PATIENCE).until(() -> chart.getData().size() == 3 && chart.getData().get(0).getData().size() >= 80);
        assertThat(chart.getData().get(2).getData()).isNotEmpty();
        Awaitility.await().atMost(PATIENCE).until(() -> robot.lookup("#score-overall").tryQuery().isPresent());
        assertThat(label("#score-overall").getText()).matches("\\d{1,3}");
        assertThat(robot.lookup("#heatMap").queryAs(CorrelationHeatMap.class).getChildren()).hasSizeGreaterThan(20);
        screenshot("activity-sleep.png");
    }

    @Test
    void theDemoHasPlannedWorkoutsAndCompletedRides() throws Exception {
        select(Section.WORKOUTS);
        javafx.scene.control.TabPane tabs = robot.lookup("#workoutTabs").queryAs(javafx.scene.control.TabPane.class);
        screenshot("workouts.png");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        javafx.scene.control.ListView<?> rides = robot.lookup("#activityList").queryListView();
        Awaitility.await().atMost(PATIENCE).until(() -> rides.getItems().size() == 4);
        robot.interact(() -> rides.getSelectionModel().select(0));
        Awaitility.await().atMost(PATIENCE).until(() -> label("#activityHeartRate").getText().matches("\\d+ / \\d+.*"));
        screenshot("activities.png");
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    @Test
    void writesTheShellScreenshot() throws Exception {
        select(Section.DASHBOARD);
        GlucoseChart chart = robot.lookup("#dashboardGlucoseChart").queryAs(GlucoseChart.class);
        Awaitility.await().atMost(PATIENCE).until(() -> !chart.getData().isEmpty() && !chart.getData().get(0).getData().isEmpty());
        BufferedImage png = screenshot("shell.png");
        assertThat(png.getWidth()).isGreaterThan(800);
        select(Section.JOBS);
        screenshot("jobs.png");
        select(Section.GLUCOSE);
        GlucoseChart trend = robot.lookup("#glucoseChart").queryAs(GlucoseChart.class);
        Awaitility.await().atMost(PATIENCE).until(() -> trend.drawnPoints() > 100);
        screenshot("glucose.png");
        select(Section.SETTINGS);
        Awaitility.await().atMost(PATIENCE).until(() -> !label("#dataDirectory").getText().isEmpty());
        screenshot("settings.png");
    }

    private static BufferedImage screenshot(String name) throws Exception {
        return Screenshots.write(stage, name);
    }
}
