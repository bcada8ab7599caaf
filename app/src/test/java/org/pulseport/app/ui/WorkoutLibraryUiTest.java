package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.engine.workouts.HeadUnitDestination;
import org.pulseport.app.engine.workouts.HeadUnitWorkoutWriter;
import org.pulseport.app.engine.workouts.StepSyntax;
import org.pulseport.app.engine.workouts.WorkoutDestinations;
import org.pulseport.app.engine.workouts.WorkoutSync;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.ProviderRefRepository;
import org.pulseport.app.store.UploadTargetRepository;
import org.pulseport.app.store.WorkoutRepository;
import org.pulseport.app.store.WorkoutSyncQueueRepository;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.core.workout.sync.WorkoutPush;
import org.pulseport.providers.ratelimit.KeyedRateLimiter;
import org.pulseport.providers.ratelimit.RateLimits;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The workout library on a stage: editing with a live profile, saving, scheduling, "Sync now" and the badges
 * (✓ a connected head unit, ⏳ one not connected, ✗ a cloud destination refusing the sign-in, with the error in
 * the tooltip). Writes docs/screenshots/workouts.png.
 */
class WorkoutLibraryUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static Database db;
    private static WorkoutSync sync;
    private static ExecutorService background;
    private static Stage stage;
    private static long profileId;
    private final FxRobot robot = new FxRobot();

    /** A cloud destination whose sign-in was revoked. */
    private static final class RevokedCloud implements WorkoutDestination {
        private DestinationResult revoked() {
            return new DestinationResult.Failed(new PulseportError.AuthError("wahoo answered 401 to /v1/plans"));
        }

        public String id() {
            return "wahoo";
        }

        public String displayName() {
            return "Wahoo";
        }

        public DestinationResult syncWorkout(DestinationCall call, WorkoutPush push) {
            return revoked();
        }

        public DestinationResult syncScheduledWorkout(DestinationCall call, SchedulePush push) {
            return revoked();
        }

        public DestinationResult deleteWorkout(DestinationCall call, String remoteId) {
            return revoked();
        }

        public DestinationResult deleteScheduledWorkout(DestinationCall call, String remoteId) {
            return revoked();
        }
    }

    /** A head unit that is (or is not) plugged in and accepts every file. */
    private static HeadUnitWorkoutWriter unit(boolean connected) {
        return new HeadUnitWorkoutWriter() {
            public boolean connected(long profileId, String family) {
                return connected;
            }

            public String write(long profileId, String family, String fileName, Workout workout) {
                return "/" + family + "/" + fileName;
            }

            public void delete(long profileId, String family, String path) {
            }
        };
    }

    @BeforeAll
    static void start() throws Exception {
        db = Database.openEmbedded(dataDir, step -> { });
        Profile ann = new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("Europe/Vienna"), Instant.now());
        profileId = ann.id();
        sync = new WorkoutSync(new WorkoutRepository(db.sessions()), new WorkoutSyncQueueRepository(db.dataSource()),
                new ProviderRefRepository(db.dataSource(), db.dialect()), new UploadTargetRepository(db.dataSource()), targets -> targets,
                new WorkoutDestinations(List.of(new RevokedCloud(),
                        new HeadUnitDestination("garmin", "Garmin head unit", unit(true)),
                        new HeadUnitDestination("wahoo", "Wahoo ELEMNT", unit(false)))),
                (profile, provider) -> Optional.of(new Credentials.None()), KeyedRateLimiter.system(RateLimits.defaults()),
                2, java.time.Clock.systemUTC());
        sync.targets().replace(profileId, Set.of("wahoo", "garmin-usb", "wahoo-usb"));
        sync.service().create(profileId, new Workout("Sweet spot 3x12", Sport.CYCLING,
                StepSyntax.parse("warmup 10min @50-65%ftp; 3x(12min @88-93%ftp, rest 4min @50%ftp); cooldown 10min")));
        sync.service().create(profileId, new Workout("Easy run", Sport.RUNNING, StepSyntax.parse("45min @z2hr")));
        background = Executors.newFixedThreadPool(2);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            ProfileContext profiles = new ProfileContext(new SimpleObjectProperty<>(ann),
                    new SimpleObjectProperty<>(org.pulseport.core.model.GlucoseUnit.MG_DL));
            Scene scene = new Scene(WorkoutLibraryView.create(sync, profiles, new TaskRunner(background, Platform::runLater)),
                    1100, 720);
            scene.getStylesheets().add(WorkoutLibraryView.class.getResource("pulseport.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        sync.close();
        db.close();
    }

    @Test
    void editSaveScheduleAndSyncShowBadgesWithErrorsInTooltips() throws Exception {
        ListView<WorkoutLibraryViewModel.Row> workouts = robot.lookup("#workoutList").queryListView();
        Awaitility.await().atMost(PATIENCE).until(() -> workouts.getItems().size() == 2);

        robot.interact(() -> workouts.getSelectionModel().select(1));
        TextArea steps = robot.lookup("#workoutSteps").queryAs(TextArea.class);
        assertThat(steps.getText()).startsWith("warmup 10min @50-65%ftp; 3x(12min @88-93%ftp");
        robot.interact(() -> steps.setText("warmup 10min; 3x(12min @fast)"));
        assertThat(robot.lookup("#stepError").queryAs(Label.class).getText()).contains("cannot read target 'fast'");
        robot.interact(() -> steps.setText("warmup 10min @50-65%ftp; 3x(12min @88-93%ftp, rest 4min @50%ftp); 5min @110%ftp; cooldown 10min"));
        fire("#saveWorkout");
        Awaitility.await().atMost(PATIENCE).alias("message").until(() -> label("#workoutsMessage"),
                text -> text.startsWith("Saved"));
        robot.interact(() -> robot.lookup("#scheduleDate").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.now().plusDays(2)));
        fire("#scheduleWorkout");
        ListView<WorkoutLibraryViewModel.Row> calendar = robot.lookup("#calendarList").queryListView();
        Awaitility.await().atMost(PATIENCE).until(() -> calendar.getItems().size() == 1);

        fire("#syncWorkouts");
        Awaitility.await().atMost(PATIENCE).until(() -> label("#workoutsMessage").startsWith("Synced"));
        Awaitility.await().atMost(PATIENCE).until(() -> workouts.getItems().stream().allMatch(r -> r.badges().contains("✗")));

        WorkoutLibraryViewModel.Row row = workouts.getItems().get(1);
        assertThat(row.badges()).contains("✓ garmin-usb", "⏳ wahoo-usb", "✗ wahoo");
        assertThat(row.tooltip()).contains("wahoo: failed - auth_error", "reconnect it in Connections", "written when the Wahoo ELEMNT is next connected");
        assertThat(calendar.getItems().get(0).badges()).contains("✓ garmin-usb");
        writeScreenshot();
    }

    private void fire(String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void writeScreenshot() throws Exception {
        Screenshots.write(stage, "workouts.png");
    }
}
