package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.DeviceWatcher;
import org.pulseport.app.engine.SimulatedBus;
import org.pulseport.core.model.Profile;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.sim.SimulatedDevice;
import org.pulseport.devices.sim.SimulatorFaults;

/**
 * The Devices view model without a screen, driven by the real device watcher and simulated receivers. Its state
 * is only touched on one "UI" thread, as on the JavaFX thread; the test reads it there too.
 */
class DevicesViewModelTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    private static AppSession session;
    private static AppContext context;

    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final SimulatedBus bus = new SimulatedBus();
    private final AtomicInteger shown = new AtomicInteger();
    private final AtomicInteger profilesChanged = new AtomicInteger();
    private final List<String> titles = new CopyOnWriteArrayList<>();
    private final List<Double> progress = new CopyOnWriteArrayList<>();
    private DeviceWatcher watcher;
    private DevicesViewModel vm;

    @BeforeAll
    static void open() {
        session = AppSession.open(dir, false, step -> { });
        context = session.context();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @BeforeEach
    void start() {
        watcher = new DeviceWatcher(context.devices(), context.deviceImports(), context.profiles());
        vm = onUi(() -> {
            DevicesViewModel model = new DevicesViewModel(context.devices(), watcher, context.profiles(),
                    new TaskRunner(background, ui), ui, shown::incrementAndGet, profilesChanged::incrementAndGet,
                    Clock.systemUTC());
            model.importTitleProperty().addListener((o, before, now) -> titles.add(now));
            model.progressProperty().addListener((o, before, now) -> progress.add(now.doubleValue()));
            return model;
        });
        watcher.start(bus, SimulatedBus.POLL);
        onUi(() -> {
            vm.reload();
            return null;
        });
    }

    @AfterEach
    void stop() {
        watcher.close();
        bus.close();
        ui.shutdownNow();
        background.shutdownNow();
        context.devices().setClinicMode(false);
    }

    private <T> T onUi(Callable<T> read) {
        try {
            return ui.submit(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitUi(Callable<Boolean> condition) {
        Awaitility.await().atMost(PATIENCE).until(() -> onUi(condition));
    }

    private static DexcomSimulatorConfig receiver(String serial, int days) {
        return DexcomSimulatorConfig.of(SimulatedDevice.dexcomReceiver().withSerialNumber(serial).withDays(days)
                .withClock(Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC), ZoneId.systemDefault()));
    }

    private static Profile profile(String name) {
        return context.profiles().ensure(name, ZoneId.systemDefault());
    }

    private DevicesViewModel.DeviceRow row(String serial) {
        return onUi(() -> rowOnUi(serial));
    }

    /** The row of a serial number; call on the UI thread. */
    private DevicesViewModel.DeviceRow rowOnUi(String serial) {
        return vm.rows().stream().filter(r -> r.serialNumber().equals(serial)).findFirst().orElseThrow();
    }

    private void answerWith(Profile profile) {
        awaitUi(() -> vm.profiles().contains(profile));
        onUi(() -> {
            vm.chosenProfileProperty().set(profile);
            vm.pairWithChosenProfile();
            return null;
        });
    }

    @Test
    void aNewReceiverPromptsForItsProfileAndTheImportShowsProgressResultAndHistory() {
        Profile ann = profile("Ann");
        DexcomSimulatorServer receiver = bus.plugIn(receiver("SM30000001", 7));
        int readings = receiver.simulator().readingTimes().size();
        awaitUi(() -> vm.promptProperty().get() != null);
        DevicesViewModel.Prompt prompt = onUi(() -> vm.promptProperty().get());
        assertThat(prompt.kind()).isEqualTo(DevicesViewModel.Prompt.Kind.CHOOSE_PROFILE);
        assertThat(prompt.title()).isEqualTo("New device: Dexcom G4/G5/G6 receiver SM30000001");
        assertThat(prompt.question()).isEqualTo("Which profile does it belong to?");
        assertThat(shown.get()).isPositive();
        awaitUi(() -> vm.rows().stream().anyMatch(r -> r.serialNumber().equals("SM30000001")));
        assertThat(row("SM30000001")).satisfies(r -> {
            assertThat(r.status()).isEqualTo("Connected at " + receiver.portPath() + ", not paired yet");
            assertThat(r.profile()).isEqualTo("Not paired");
            assertThat(r.canPair()).isTrue();
        });

        onUi(() -> {
            vm.pairWithChosenProfile();
            return null;
        });
        assertThat(onUi(() -> vm.promptFeedbackProperty().get())).isEqualTo("Choose a profile first, or create a new one.");
        answerWith(ann);
        assertThat(onUi(() -> vm.promptProperty().get())).isNull();
        awaitUi(() -> vm.importTitleProperty().get().equals("Imported into Ann"));

        assertThat(titles).contains("Importing into Ann");
        assertThat(progress).anySatisfy(p -> assertThat(p).isStrictlyBetween(0.0, 1.0));
        assertThat(onUi(() -> vm.progressProperty().get())).isEqualTo(1.0);
        assertThat(onUi(() -> vm.importResultProperty().get()))
                .isEqualTo(String.format("Imported %,d new readings into Ann's profile.", readings));
        assertThat(onUi(() -> vm.importFailedProperty().get())).isFalse();
        assertThat(onUi(() -> vm.importingProperty().get())).isFalse();
        awaitUi(() -> !vm.history().isEmpty() && vm.history().get(0).device().endsWith("SM30000001"));
        assertThat(onUi(() -> vm.history().get(0))).satisfies(h -> {
            assertThat(h.profile()).isEqualTo("Ann");
            assertThat(h.result()).isEqualTo(String.format("%,d new, 0 already stored", readings));
            assertThat(h.when()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(h.failed()).isFalse();
        });
        awaitUi(() -> vm.rows().stream().anyMatch(r -> r.serialNumber().equals("SM30000001") && r.profile().equals("Ann")));
        DevicesViewModel.DeviceRow paired = row("SM30000001");
        assertThat(paired.status()).isEqualTo("Connected at " + receiver.portPath());
        assertThat(paired.clock()).matches("correct \\(±1 min\\)|\\d+ min behind");
        assertThat(paired.canImportNow()).isTrue();

        onUi(() -> {
            vm.importNow(paired);
            return null;
        });
        awaitUi(() -> vm.history().size() >= 2 && vm.history().get(0).result().startsWith("Nothing new"));
        assertThat(onUi(() -> vm.importResultProperty().get()))
                .isEqualTo("Nothing new on the device: every reading is already in Ann's profile.");

        bus.unplug(receiver);
        awaitUi(() -> rowOnUi("SM30000001").status().startsWith("Last seen just now ("));
        assertThat(row("SM30000001").canImportNow()).isFalse();
    }

    @Test
    void aProfileCanBeCreatedOnTheSpotForANewDevice() {
        DexcomSimulatorServer receiver = bus.plugIn(receiver("SM30000002", 1));
        awaitUi(() -> vm.promptProperty().get() != null);
        onUi(() -> {
            vm.newProfileNameProperty().set("Ann");
            profile("Ann");
            vm.createProfileAndPair();
            return null;
        });
        awaitUi(() -> vm.promptFeedbackProperty().get().equals("A profile named \"Ann\" already exists."));
        onUi(() -> {
            vm.newProfileNameProperty().set("Gus");
            vm.createProfileAndPair();
            return null;
        });
        awaitUi(() -> vm.importTitleProperty().get().equals("Imported into Gus"));
        assertThat(profilesChanged.get()).isEqualTo(1);
        assertThat(context.devices().find(DeviceFamily.DEXCOM_RECEIVER, "SM30000002").orElseThrow().pairedWith())
                .map(Profile::name).contains("Gus");
        assertThat(receiver.isRunning()).isTrue();
    }

    @Test
    void clinicModeAsksToConfirmThePatientAndADifferentPatientGetsTheDeviceInstead() {
        Profile hal = profile("Hal");
        Profile ida = profile("Ida");
        DexcomSimulatorConfig config = receiver("SM30000003", 1);
        DexcomSimulatorServer first = bus.plugIn(config);
        awaitUi(() -> vm.promptProperty().get() != null);
        answerWith(hal);
        awaitUi(() -> vm.importTitleProperty().get().equals("Imported into Hal"));
        bus.unplug(first);
        awaitUi(() -> vm.rows().stream().noneMatch(DevicesViewModel.DeviceRow::attached));

        onUi(() -> {
            vm.clinicModeProperty().set(true);
            return null;
        });
        Awaitility.await().atMost(PATIENCE).until(() -> context.devices().clinicMode());
        bus.plugIn(config);
        awaitUi(() -> vm.promptProperty().get() != null);
        DevicesViewModel.Prompt confirm = onUi(() -> vm.promptProperty().get());
        assertThat(confirm.kind()).isEqualTo(DevicesViewModel.Prompt.Kind.CONFIRM_PATIENT);
        assertThat(confirm.question()).isEqualTo("Import into Hal?");
        assertThat(confirm.title()).isEqualTo("Confirm the patient for Dexcom G4/G5/G6 receiver SM30000003");
        assertThat(onUi(() -> vm.history().size())).isEqualTo(onUi(() -> (int) vm.history().stream()
                .filter(h -> h.device().endsWith("SM30000003")).count()));

        onUi(() -> {
            vm.differentPatient();
            return null;
        });
        assertThat(onUi(() -> vm.promptProperty().get().kind())).isEqualTo(DevicesViewModel.Prompt.Kind.CHOOSE_PROFILE);
        answerWith(ida);
        awaitUi(() -> vm.importTitleProperty().get().equals("Imported into Ida"));
        assertThat(context.devices().find(DeviceFamily.DEXCOM_RECEIVER, "SM30000003").orElseThrow().pairedWith())
                .contains(ida);
    }

    @Test
    void aPermissionProblemIsShownWithTheUdevRuleAndGoesAwayWithTheDevice() {
        bus.plugInWithoutPermission("/dev/ttyACM5");
        awaitUi(() -> !vm.problemProperty().get().isEmpty());
        assertThat(onUi(() -> vm.problemProperty().get())).startsWith(
                "Dexcom G4/G5/G6 receiver: Pulseport may not open /dev/ttyACM5. Add the udev rule shipped with Pulseport");
        assertThat(onUi(() -> vm.offerUdevRuleProperty().get())).isTrue();
        assertThat(vm.udevRuleHelp()).contains("pulseport devices --udev-rules | sudo tee /etc/udev/rules.d/60-pulseport.rules",
                "ATTRS{idVendor}==\"22a3\"");
        awaitUi(() -> vm.rows().stream().anyMatch(r -> r.path().filter("/dev/ttyACM5"::equals).isPresent()));
        assertThat(onUi(() -> vm.rows().stream().filter(r -> r.path().filter("/dev/ttyACM5"::equals).isPresent())
                .findFirst().orElseThrow().status())).startsWith("Connected at /dev/ttyACM5, cannot be read: Pulseport may not open");
        bus.unplug("/dev/ttyACM5");
        awaitUi(() -> vm.problemProperty().get().isEmpty() && !vm.offerUdevRuleProperty().get());
        assertThat(onUi(() -> vm.rows().stream().noneMatch(r -> r.path().filter("/dev/ttyACM5"::equals).isPresent()))).isTrue();
    }

    @Test
    void anUnplugMidImportIsShownWhereItHappenedWithTheNextStep() {
        Profile ivy = profile("Ivy");
        bus.plugIn(DexcomSimulatorConfig.of(receiver("SM30000004", 90).device()
                .withFaults(SimulatorFaults.none().unplugAfterBytes(100_000))));
        awaitUi(() -> vm.promptProperty().get() != null);
        answerWith(ivy);
        awaitUi(() -> vm.importFailedProperty().get());
        assertThat(onUi(() -> vm.importTitleProperty().get())).isEqualTo("Import into Ivy stopped");
        assertThat(onUi(() -> vm.importResultProperty().get())).startsWith(
                "The device was disconnected during the transfer. Plug it in again; nothing was lost.")
                .contains("readings were stored in Ivy's profile before it stopped; the next import continues after them.");
        awaitUi(() -> !vm.history().isEmpty() && vm.history().get(0).device().endsWith("SM30000004"));
        assertThat(onUi(() -> vm.history().get(0))).satisfies(h -> {
            assertThat(h.failed()).isTrue();
            assertThat(h.result()).startsWith("Stopped after ").contains("disconnected");
        });
    }

    @Test
    void withoutPlugInDetectionTheViewSaysHowToImportFromAPort() {
        DeviceWatcher idle = new DeviceWatcher(context.devices(), context.deviceImports(), context.profiles());
        DevicesViewModel quiet = onUi(() -> new DevicesViewModel(context.devices(), idle, context.profiles(),
                new TaskRunner(background, ui), ui, () -> { }, () -> { }, Clock.systemUTC()));
        onUi(() -> {
            quiet.reload();
            return null;
        });
        Awaitility.await().atMost(PATIENCE).until(() -> onUi(() -> !quiet.watchStatusProperty().get().isEmpty()));
        assertThat(onUi(() -> quiet.watchStatusProperty().get())).startsWith("Plug-in detection is off");
        assertThat(onUi(() -> quiet.clinicModeProperty().get())).isFalse();
    }
}
