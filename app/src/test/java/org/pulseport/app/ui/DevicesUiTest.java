package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.DemoDevice;
import org.pulseport.app.engine.SimulatedBus;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.sim.SimulatedDevice;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Devices view in the real main window (headless) on a demo data directory: the demo's paired receiver and
 * its import history, then a simulated receiver plugged in while the dashboard is shown: the Devices view comes
 * forward with the pairing dialog, a profile is created on the spot, the import runs with its progress bar, the
 * glucose view shows the readings. Writes docs/screenshots/devices.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevicesUiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;
    private static AppSession session;
    private static MainWindowFixture app;
    private static Stage stage;
    private static SimulatedBus bus;
    private static DexcomSimulatorServer plugged;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        session = AppSession.open(dataDir, true, step -> { });
        app = MainWindowFixture.show(session);
        stage = app.stage();
        bus = new SimulatedBus();
        session.context().startDeviceWatch(bus);
    }

    @AfterAll
    static void stopApp() throws Exception {
        app.close();
        bus.close();
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<DevicesViewModel.DeviceRow> devicesTable() {
        return robot.lookup("#devicesTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<DevicesViewModel.ImportRow> historyTable() {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    private void select(Section section) {
        ListView<Section> navigation = robot.lookup("#navigation").queryListView();
        robot.interact(() -> navigation.getSelectionModel().select(section));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Section shownSection() {
        ListView<Section> navigation = robot.lookup("#navigation").queryListView();
        return navigation.getSelectionModel().getSelectedItem();
    }

    private boolean visible(String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.isManaged();
    }

    @Test
    @Order(1)
    void theDemoShowsItsPairedReceiverAndItsImport() {
        select(Section.DEVICES);
        Awaitility.await().atMost(PATIENCE).until(() -> devicesTable().getItems().stream()
                .anyMatch(r -> r.serialNumber().equals(DemoDevice.SERIAL_NUMBER)));
        DevicesViewModel.DeviceRow demo = devicesTable().getItems().stream()
                .filter(r -> r.serialNumber().equals(DemoDevice.SERIAL_NUMBER)).findFirst().orElseThrow();
        assertThat(demo.device()).isEqualTo("Dexcom G4/G5/G6 receiver");
        assertThat(demo.profile()).isEqualTo(DemoDevice.PROFILE_NAME);
        assertThat(demo.status()).startsWith("Last seen ");
        assertThat(demo.clock()).isEqualTo("3 min ahead");
        assertThat(demo.attached()).isFalse();
        Awaitility.await().atMost(PATIENCE).until(() -> !historyTable().getItems().isEmpty());
        DevicesViewModel.ImportRow imported = historyTable().getItems().get(historyTable().getItems().size() - 1);
        assertThat(imported.profile()).isEqualTo(DemoDevice.PROFILE_NAME);
        assertThat(imported.device()).isEqualTo("Dexcom G4/G5/G6 receiver " + DemoDevice.SERIAL_NUMBER);
        assertThat(imported.result()).matches("[\\d,]+ new, 0 already stored");
        assertThat(label("#watchStatus").getText()).startsWith("Plug in a CGM receiver or reader");
        assertThat(visible("#pairingCard")).isFalse();
        assertThat(visible("#importCard")).isFalse();
        assertThat(visible("#problemCard")).isFalse();
    }

    @Test
    @Order(2)
    void aPluggedInReceiverBringsUpThePairingDialogThenImportsIntoANewProfileWithProgress() {
        select(Section.DASHBOARD);
        plugged = bus.plugIn(DexcomSimulatorConfig.of(SimulatedDevice.dexcomReceiver().withSerialNumber("SM50000001")
                .withDays(14).withClock(Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC),
                        ZoneId.systemDefault())).withLineRate(400_000));
        Awaitility.await().atMost(PATIENCE).until(() -> shownSection() == Section.DEVICES && visible("#pairingCard"));
        assertThat(label("#pairingTitle").getText()).isEqualTo("New device: Dexcom G4/G5/G6 receiver SM50000001");
        assertThat(label("#pairingQuestion").getText()).isEqualTo("Which profile does it belong to?");
        assertThat(devicesTable().getItems()).anySatisfy(r -> {
            assertThat(r.serialNumber()).isEqualTo("SM50000001");
            assertThat(r.status()).endsWith(", not paired yet");
        });

        TextField name = robot.lookup("#newPatientName").queryAs(TextField.class);
        robot.interact(() -> name.setText("Sam"));
        robot.clickOn("#createAndPair");
        Awaitility.await().atMost(PATIENCE).until(() -> visible("#importCard")
                && label("#importTitle").getText().equals("Importing into Sam"));
        ProgressBar bar = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        Awaitility.await().atMost(PATIENCE).until(() -> label("#importTitle").getText().equals("Imported into Sam"));
        int readings = plugged.simulator().readingTimes().size();
        assertThat(bar.getProgress()).isEqualTo(1.0);
        assertThat(label("#importResult").getText()).isEqualTo(String.format("Imported %,d new readings into Sam's profile.",
                readings));
        assertThat(visible("#pairingCard")).isFalse();
        Awaitility.await().atMost(PATIENCE).until(() -> devicesTable().getItems().stream()
                .anyMatch(r -> r.serialNumber().equals("SM50000001") && r.profile().equals("Sam") && r.attached()));
        Awaitility.await().atMost(PATIENCE).until(() -> historyTable().getItems().get(0).profile().equals("Sam"));
        assertThat(historyTable().getItems().get(0).result()).isEqualTo(String.format("%,d new, 0 already stored", readings));

        ComboBox<Profile> profiles = robot.lookup("#profileSelector").queryComboBox();
        Awaitility.await().atMost(PATIENCE).until(() -> profiles.getItems().stream().anyMatch(p -> p.name().equals("Sam")));
        robot.interact(() -> profiles.setValue(profiles.getItems().stream().filter(p -> p.name().equals("Sam"))
                .findFirst().orElseThrow()));
        select(Section.GLUCOSE);
        long lastWeek = plugged.simulator().readingTimes().stream()
                .filter(t -> t.isAfter(Instant.now().minus(Duration.ofDays(7)))).count();
        Awaitility.await().atMost(PATIENCE).until(() -> label("#readingCount").getText().equals(String.format("%,d", lastWeek)));
        assertThat(label("#latestGlucose").getText()).matches("\\d{2,3}");
    }

    @Test
    @Order(3)
    void writesTheDevicesScreenshot() throws Exception {
        select(Section.DEVICES);
        Awaitility.await().atMost(PATIENCE).until(() -> historyTable().getItems().size() >= 2
                && devicesTable().getItems().size() >= 2);
        Screenshots.write(stage, "devices.png");
    }
}
