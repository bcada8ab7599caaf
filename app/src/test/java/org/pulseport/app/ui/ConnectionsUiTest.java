package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import atlantafx.base.controls.ToggleSwitch;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.ConnectionService;
import org.pulseport.app.engine.SyncTrigger;
import org.pulseport.app.testing.CloudTestServers;
import org.pulseport.app.testing.WahooTestApi;
import org.pulseport.core.model.Profile;
import org.testfx.api.FxRobot;

/**
 * The Connections section in the real main window (headless): Oura connected against local servers and synced,
 * Wahoo connected as a workout destination, WHOOP and Dexcom without client credentials, LibreLinkUp not
 * connected. Writes
 * docs/screenshots/connections.png.
 */
class ConnectionsUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static CloudTestServers servers;
    private static WahooTestApi wahoo;
    private static AppSession session;
    private static MainWindowFixture app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        servers = new CloudTestServers();
        wahoo = new WahooTestApi();
        java.util.Map<String, String> environment = new java.util.HashMap<>(servers.environment(false));
        environment.putAll(servers.environment("wahoo", wahoo.url(), false));
        session = AppSession.open(dataDir, false, environment, step -> { });
        ConnectionService connections = session.context().connections();
        Profile ann = session.context().profiles().ensure("Ann", ZoneId.of("UTC"));
        long oura = connections.connectOAuth(ann.id(), connections.provider("oura"), servers::browse, PATIENCE);
        session.context().engine().syncAndWait(oura, SyncTrigger.MANUAL);
        connections.connectOAuth(ann.id(), connections.provider("wahoo"), servers::browse, PATIENCE);
        app = MainWindowFixture.show(session);
        stage = app.stage();
    }

    @AfterAll
    static void stopApp() throws Exception {
        app.close();
        servers.close();
        wahoo.close();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void showsEachProvidersStateAndActionsThenSyncsAndDisconnects() throws Exception {
        ListView<Section> navigation = robot.lookup("#navigation").queryListView();
        robot.interact(() -> navigation.getSelectionModel().select(Section.CONNECTIONS));
        Awaitility.await().atMost(PATIENCE).until(() -> shown("#state-oura") && text("#state-oura").equals("Active"));

        assertThat(text("#detail-oura")).startsWith("Last sync ");
        assertThat(robot.lookup("#sync-oura").queryAs(Button.class).getText()).isEqualTo("Sync now");
        assertThat(shown("#disconnect-oura")).isTrue();
        assertThat(text("#state-whoop")).isEqualTo("Not configured");
        assertThat(text("#detail-whoop")).contains("PULSEPORT_WHOOP_CLIENT_ID", "PULSEPORT_WHOOP_CLIENT_SECRET");
        assertThat(shown("#connect-whoop")).isFalse();
        assertThat(text("#state-dexcom")).isEqualTo("Not configured");
        assertThat(text("#unofficial-librelinkup")).isEqualTo("Unofficial");
        assertThat(text("#state-librelinkup")).isEqualTo("Not connected");
        assertThat(shown("#connect-librelinkup")).isTrue();
        assertThat(text("#state-wahoo")).isEqualTo("Active");
        assertThat(text("#purpose-wahoo")).isEqualTo("Receives workouts");
        assertThat(text("#purpose-oura")).isEqualTo("Brings in readings");
        assertThat(shown("#sync-wahoo")).isFalse();
        ToggleSwitch upload = robot.lookup("#upload-wahoo").queryAs(ToggleSwitch.class);
        assertThat(upload.getText()).isEqualTo("Upload workouts");
        assertThat(upload.isSelected()).isTrue();
        assertThat(text("#state-trainingpeaks")).isEqualTo("Not configured");
        Screenshots.write(stage, "connections.png");

        robot.interact(() -> upload.setSelected(false));
        Awaitility.await().atMost(PATIENCE).until(() -> text("#detail-wahoo").equals("Uploads are off: workouts are not sent to Wahoo."));
        assertThat(robot.lookup("#upload-wahoo").queryAs(ToggleSwitch.class).isSelected()).isFalse();

        robot.clickOn("#sync-oura");
        Awaitility.await().atMost(PATIENCE).until(() -> text("#connectionsMessage").equals("Oura Ring: Synced 1 source: 0 new readings."));
        robot.clickOn("#disconnect-oura");
        Awaitility.await().atMost(PATIENCE).until(() -> text("#state-oura").equals("Not connected"));
        assertThat(text("#connectionsMessage")).startsWith("Disconnected Oura Ring: access revoked");
    }
}
