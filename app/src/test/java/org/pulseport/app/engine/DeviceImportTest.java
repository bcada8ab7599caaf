package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javafx.beans.property.SimpleObjectProperty;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.ui.GlucoseViewModel;
import org.pulseport.app.ui.ProfileContext;
import org.pulseport.app.ui.TaskRunner;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;
import org.pulseport.devices.dexcom.EgvLayout;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.hotplug.TransportKind;
import org.pulseport.devices.hotplug.UsbId;
import org.pulseport.devices.sim.DexcomSimulatorConfig;
import org.pulseport.devices.sim.DexcomSimulatorServer;
import org.pulseport.devices.sim.SimulatedDevice;
import org.pulseport.devices.sim.SimulatorFaults;
import org.pulseport.devices.transport.AccessAdvice;

/**
 * Device import end to end in the app: a simulated receiver "plugged in" on a test bus (pseudo-terminal plus the
 * real hot-plug monitor and jSerialComm driver), the pairing prompt, the import with progress into the store, what
 * the glucose view then shows, re-plugging, unplugging mid-import, clinic mode, permissions and cancelling.
 */
class DeviceImportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Readings come out shifted by the seconds the test has run (the simulated device clock stands still). */
    private static final Duration SHIFT_TOLERANCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    private static AppSession session;
    private static AppContext context;

    private final SimulatedBus bus = new SimulatedBus();
    private final List<DeviceActivity> activity = new CopyOnWriteArrayList<>();
    private DeviceWatcher watcher;

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
    void watch() {
        watcher = new DeviceWatcher(context.devices(), context.deviceImports(), context.profiles());
        watcher.addListener(activity::add);
        watcher.start(bus, SimulatedBus.POLL);
    }

    @AfterEach
    void stop() {
        watcher.close();
        bus.close();
        context.devices().setClinicMode(false);
    }

    private static DexcomSimulatorConfig receiver(String serial, int days) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return DexcomSimulatorConfig.of(SimulatedDevice.dexcomReceiver().withSerialNumber(serial).withDays(days)
                .withClock(Clock.fixed(now, ZoneOffset.UTC), ZoneId.systemDefault()));
    }

    private static Profile profile(String name) {
        return context.profiles().ensure(name, ZoneId.systemDefault());
    }

    @SuppressWarnings("unchecked")
    private <T extends DeviceActivity> T await(Class<T> type, Predicate<T> condition) {
        Awaitility.await().atMost(PATIENCE).until(() -> activity.stream()
                .anyMatch(a -> type.isInstance(a) && condition.test((T) a)));
        return (T) activity.stream().filter(a -> type.isInstance(a) && condition.test((T) a)).findFirst().orElseThrow();
    }

    private static Predicate<DeviceActivity.Identified> state(DexcomSimulatorServer server, DetectedDevice.State state) {
        return a -> a.device().path().equals(server.portPath()) && a.device().state() == state;
    }

    private DeviceImportReport finishedImport(String serial, int number) {
        Awaitility.await().atMost(PATIENCE).until(() -> imports(serial).size() >= number);
        return imports(serial).get(number - 1).report();
    }

    private List<DeviceActivity.ImportFinished> imports(String serial) {
        return activity.stream().filter(a -> a instanceof DeviceActivity.ImportFinished f
                && f.report().serialNumber().equals(serial)).map(a -> (DeviceActivity.ImportFinished) a).toList();
    }

    private static long sourceId(Profile profile, String serial) {
        return context.sources().find(profile.id(), "dexcom-receiver", serial).orElseThrow().getId();
    }

    /** The profile's stored glucose times (each test's profile has this one receiver as its only source). */
    private static List<Instant> stored(Profile profile, String serial) {
        sourceId(profile, serial);
        TimeSeries series = context.trends().recent(profile.id(), MetricType.GLUCOSE, Duration.ofDays(120));
        return java.util.stream.IntStream.range(0, series.size()).mapToObj(series::instant).toList();
    }

    private static void assertCloseTo(List<Instant> actual, List<Instant> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(Duration.between(expected.get(i), actual.get(i)).abs()).isLessThan(SHIFT_TOLERANCE);
        }
    }

    @Test
    void aNewReceiverAsksForItsProfileThenImportsWithProgressAndTheGlucoseViewShowsIt() {
        Profile ann = profile("Ann");
        DexcomSimulatorServer receiver = bus.plugIn(receiver("SM10000001", 14));
        DeviceActivity.Identified prompt = await(DeviceActivity.Identified.class,
                state(receiver, DetectedDevice.State.NEEDS_PROFILE));
        assertThat(prompt.device().serialNumber()).contains("SM10000001");
        assertThat(prompt.device().label()).isEqualTo("Dexcom G4/G5/G6 receiver SM10000001");
        assertThat(context.devices().find(DeviceFamily.DEXCOM_RECEIVER, "SM10000001").orElseThrow().pairedWith()).isEmpty();
        assertThat(imports("SM10000001")).isEmpty();

        watcher.pairAndImport(receiver.portPath(), ann.id());
        DeviceImportReport report = finishedImport("SM10000001", 1);

        List<Instant> expected = receiver.simulator().readingTimes();
        assertThat(report.outcome()).isEqualTo(DeviceImportReport.Outcome.COMPLETED);
        assertThat(report.profileName()).isEqualTo("Ann");
        assertThat(report.inserted()).isEqualTo(expected.size()).isGreaterThan(14 * 250);
        assertThat(report.message()).isEqualTo(String.format("Imported %,d new readings into Ann's profile.", expected.size()));
        assertThat(report.skipped()).containsKeys("sensor not active", "sensor not calibrated");
        List<ImportProgress> progress = activity.stream().filter(a -> a instanceof DeviceActivity.ImportProgressed)
                .map(a -> ((DeviceActivity.ImportProgressed) a).progress()).toList();
        assertThat(progress).hasSizeGreaterThan(5);
        assertThat(progress).extracting(ImportProgress::recordsRead).isSorted();
        assertThat(progress).allSatisfy(p -> assertThat(p.recordsTotal()).isPositive());
        assertThat(progress.get(progress.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(progress).anySatisfy(p -> assertThat(p.timeLeft()).isPresent());

        assertCloseTo(stored(ann, "SM10000001"), expected);
        TimeSeries lastTwoWeeks = context.trends().recent(ann.id(), MetricType.GLUCOSE, Duration.ofDays(15));
        assertThat(lastTwoWeeks.size()).isEqualTo(expected.size());
        GlucoseViewModel glucoseView = new GlucoseViewModel(context.trends(), context.insights(),
                new TaskRunner(Runnable::run, Runnable::run),
                new ProfileContext(new SimpleObjectProperty<>(ann), new SimpleObjectProperty<>(GlucoseUnit.MG_DL)));
        assertThat(glucoseView.emptyMessageProperty().get()).isEmpty();
        assertThat(Long.parseLong(glucoseView.readingsProperty().get().replace(",", ""))).isEqualTo(expected.stream()
                .filter(t -> t.isAfter(Instant.now().minus(Duration.ofDays(7)))).count());
        assertThat(glucoseView.latestProperty().get()).matches("\\d{2,3}");

        DeviceService.KnownDevice device = context.devices().find(DeviceFamily.DEXCOM_RECEIVER, "SM10000001").orElseThrow();
        assertThat(device.pairedWith()).contains(ann);
        assertThat(device.model()).contains("Dexcom G4 Receiver");
        assertThat(device.clockOffset()).isPresent();
        assertThat(device.clockNeedsAttention()).isFalse();
        assertThat(context.dailyStatsStore().pending()).anySatisfy(p -> assertThat(p.profileId()).isEqualTo(ann.id()));
        DeviceService.ImportEntry entry = context.devices().importHistory(10).get(0);
        assertThat(entry).satisfies(e -> {
            assertThat(e.profileName()).isEqualTo("Ann");
            assertThat(e.serialNumber()).isEqualTo("SM10000001");
            assertThat(e.trigger()).isEqualTo("plug_in");
            assertThat(e.outcome()).isEqualTo("ok");
            assertThat(e.inserted()).isEqualTo(expected.size());
        });

        bus.unplug(receiver);
        await(DeviceActivity.Removed.class, a -> a.device().path().equals(receiver.portPath()));
        int before = activity.size();
        bus.plugIn(receiver("SM10000001", 14));
        DeviceImportReport replug = finishedImport("SM10000001", 2);
        assertThat(replug.outcome()).isEqualTo(DeviceImportReport.Outcome.COMPLETED);
        assertThat(replug.inserted()).isZero();
        assertThat(replug.duplicates()).isBetween(1L, 13L);
        assertThat(replug.message()).isEqualTo("Nothing new on the device: every reading is already in Ann's profile.");
        assertThat(stored(ann, "SM10000001")).hasSize(expected.size());
        assertThat(activity.subList(before, activity.size())).filteredOn(a -> a instanceof DeviceActivity.Identified)
                .singleElement().satisfies(a -> assertThat(a.device().state()).isEqualTo(DetectedDevice.State.READY));
    }

    @Test
    void unplugMidImportKeepsOnlyWholeBatchesSaysWhatHappenedAndTheNextPlugInContinues() {
        Profile bea = profile("Bea");
        DexcomSimulatorConfig healthy = receiver("SM10000002", 90);
        DexcomSimulatorConfig failing = DexcomSimulatorConfig.of(healthy.device()
                .withFaults(SimulatorFaults.none().unplugAfterBytes(150_000)));
        DexcomSimulatorServer receiver = bus.plugIn(failing);
        await(DeviceActivity.Identified.class, state(receiver, DetectedDevice.State.NEEDS_PROFILE));
        watcher.pairAndImport(receiver.portPath(), bea.id());
        DeviceImportReport report = finishedImport("SM10000002", 1);

        assertThat(report.outcome()).isEqualTo(DeviceImportReport.Outcome.FAILED);
        assertThat(report.problem()).get().extracting(DeviceProblem::kind).isEqualTo(DeviceProblem.Kind.DISCONNECTED);
        assertThat(report.message()).startsWith("The device was disconnected during the transfer.")
                .contains(String.format("%,d readings were stored in Bea's profile before it stopped;", report.inserted()))
                .endsWith("the next import continues after them.");
        List<Instant> all = receiver.simulator().readingTimes();
        List<Instant> kept = stored(bea, "SM10000002");
        assertThat(kept).hasSize((int) report.inserted());
        assertThat(kept.size()).isPositive().isLessThan(all.size());
        assertThat(kept.size() % SampleWriter.BATCH_SIZE).isZero();
        assertCloseTo(kept, all.subList(0, kept.size()));
        assertThat(context.sources().find(bea.id(), "dexcom-receiver", "SM10000002").orElseThrow().getLastSyncedAt()
                .toEpochMilli()).isEqualTo(kept.get(kept.size() - 1).toEpochMilli());
        assertThat(context.devices().importHistory(10).get(0)).satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("failed");
            assertThat(e.message()).get().asString().contains("disconnected");
        });

        bus.unplug(receiver);
        await(DeviceActivity.Removed.class, a -> a.device().path().equals(receiver.portPath()));
        bus.plugIn(healthy);
        DeviceImportReport rest = finishedImport("SM10000002", 2);
        assertThat(rest.outcome()).isEqualTo(DeviceImportReport.Outcome.COMPLETED);
        assertThat(rest.inserted()).isEqualTo(all.size() - kept.size());
        assertCloseTo(stored(bea, "SM10000002"), all);
    }

    @Test
    void inClinicModeStaffConfirmThePatientBeforeEachImport() {
        Profile cem = profile("Cem");
        DexcomSimulatorConfig config = receiver("SM10000003", 2);
        DexcomSimulatorServer receiver = bus.plugIn(config);
        await(DeviceActivity.Identified.class, state(receiver, DetectedDevice.State.NEEDS_PROFILE));
        watcher.pairAndImport(receiver.portPath(), cem.id());
        finishedImport("SM10000003", 1);
        bus.unplug(receiver);
        await(DeviceActivity.Removed.class, a -> a.device().path().equals(receiver.portPath()));

        context.devices().setClinicMode(true);
        DexcomSimulatorServer again = bus.plugIn(config);
        DeviceActivity.Identified confirm = await(DeviceActivity.Identified.class,
                state(again, DetectedDevice.State.NEEDS_CONFIRMATION));
        assertThat(confirm.device().profile()).contains(cem);
        Awaitility.await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> imports("SM10000003").size() == 1);
        watcher.confirmImport(again.portPath());
        DeviceImportReport second = finishedImport("SM10000003", 2);
        assertThat(second.profileName()).isEqualTo("Cem");
        assertThat(second.outcome()).isEqualTo(DeviceImportReport.Outcome.COMPLETED);
    }

    @Test
    void aReceiverThatCannotBeOpenedSaysExactlyHowToFixIt() {
        bus.plugInWithoutPermission("/dev/ttyACM7");
        DeviceActivity.Identified problem = await(DeviceActivity.Identified.class,
                a -> a.device().path().equals("/dev/ttyACM7") && a.device().state() == DetectedDevice.State.PROBLEM);
        DeviceProblem why = problem.device().problem().orElseThrow();
        assertThat(why.kind()).isEqualTo(DeviceProblem.Kind.PERMISSION);
        assertThat(why.showsUdevRule()).isTrue();
        assertThat(why.message()).startsWith("Pulseport may not open /dev/ttyACM7.").contains(AccessAdvice.RULES_PATH,
                "udevadm control --reload-rules");
        assertThat(DeviceProblem.udevRules()).contains("22a3", "0047", "uaccess");
        assertThat(new DeviceAttention(context.devices(), watcher::detected).of(profile("Eve"))).singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(DashboardSnapshot.Attention.Kind.DEVICE_PROBLEM);
                    assertThat(item.message()).startsWith("Dexcom").contains("Pulseport may not open /dev/ttyACM7.");
                });
        bus.unplug("/dev/ttyACM7");
        await(DeviceActivity.Removed.class, a -> a.device().path().equals("/dev/ttyACM7"));
    }

    @Test
    void aRecognisedDeviceWithoutADriverIsListedAsSuch() {
        bus.attach(new UsbId(0x1A61, 0x3950), "Abbott", "/dev/hidraw4", TransportKind.HID);
        DeviceActivity.Identified libre2 = await(DeviceActivity.Identified.class,
                a -> a.device().path().equals("/dev/hidraw4"));
        assertThat(libre2.device().state()).isEqualTo(DetectedDevice.State.UNSUPPORTED);
        assertThat(libre2.device().problem()).get().extracting(DeviceProblem::message)
                .isEqualTo("Pulseport recognises this FreeStyle Libre 2 reader but cannot download glucose readings from it.");
        assertThat(watcher.detected()).extracting(DetectedDevice::path).contains("/dev/hidraw4");
        bus.unplug("/dev/hidraw4");
        await(DeviceActivity.Removed.class, a -> a.device().path().equals("/dev/hidraw4"));
        assertThat(watcher.detected()).extracting(DetectedDevice::path).doesNotContain("/dev/hidraw4");
    }

    @Test
    void aReceiverWhoseClockIsFortyMinutesFastIsCorrectedAndFlagged() {
        Profile dan = profile("Dan");
        DexcomSimulatorConfig config = receiver("SM10000004", 2);
        DexcomSimulatorServer receiver = bus.plugIn(DexcomSimulatorConfig.of(config.device()
                .withClockOffset(Duration.ofMinutes(40))).withModel(EgvLayout.G6));
        await(DeviceActivity.Identified.class, state(receiver, DetectedDevice.State.NEEDS_PROFILE));
        watcher.pairAndImport(receiver.portPath(), dan.id());
        DeviceImportReport report = finishedImport("SM10000004", 1);
        assertThat(report.clockOffset()).get().satisfies(offset ->
                assertThat(offset.minus(Duration.ofMinutes(40)).abs()).isLessThan(SHIFT_TOLERANCE));
        assertThat(report.clockWarning()).get().asString().contains("minutes ahead of this computer");
        assertCloseTo(stored(dan, "SM10000004"), receiver.simulator().readingTimes());
        DeviceService.KnownDevice device = context.devices().find(DeviceFamily.DEXCOM_RECEIVER, "SM10000004").orElseThrow();
        assertThat(device.clockNeedsAttention()).isTrue();
        assertThat(device.clockOffsetText()).endsWith("min ahead, set the device clock");
        assertThat(context.devices().importHistory(5).get(0).note()).get().asString().contains("minutes ahead");
        DashboardSnapshot dashboard = context.dashboard().snapshot(dan);
        assertThat(dashboard.attention()).filteredOn(a -> a.kind() == DashboardSnapshot.Attention.Kind.DEVICE_CLOCK)
                .singleElement().satisfies(a -> assertThat(a.message()).startsWith("The clock of ")
                        .contains("SM10000004").endsWith("min ahead, set the device clock."));
        assertThat(dashboard.sources()).singleElement().satisfies(source -> {
            assertThat(source.kind()).isEqualTo("device");
            assertThat(source.healthy()).isTrue();
            assertThat(source.sinceLastSync()).isPresent();
        });
    }

    @Test
    void aRunningImportCanBeCancelledAndKeepsWhatWasCommitted() {
        Profile eva = profile("Eva");
        DexcomSimulatorServer receiver = bus.plugIn(receiver("SM10000005", 90).withLineRate(150_000));
        await(DeviceActivity.Identified.class, state(receiver, DetectedDevice.State.NEEDS_PROFILE));
        watcher.pairAndImport(receiver.portPath(), eva.id());
        await(DeviceActivity.ImportProgressed.class, p -> p.progress().fraction() > 0.1);
        assertThat(watcher.cancelImport()).isTrue();
        DeviceImportReport report = finishedImport("SM10000005", 1);
        assertThat(report.outcome()).isEqualTo(DeviceImportReport.Outcome.CANCELLED);
        assertThat(report.message()).startsWith("Import cancelled.");
        assertThat(stored(eva, "SM10000005")).hasSize((int) report.inserted());
        assertThat(context.devices().importHistory(5).get(0).outcome()).isEqualTo("cancelled");
        assertThat(watcher.cancelImport()).isFalse();
    }

    @Test
    void deviceSourcesAreNotSyncedOnSchedule() {
        Profile fay = profile("Fay");
        DexcomSimulatorServer receiver = bus.plugIn(receiver("SM10000006", 1));
        await(DeviceActivity.Identified.class, state(receiver, DetectedDevice.State.NEEDS_PROFILE));
        watcher.pairAndImport(receiver.portPath(), fay.id());
        finishedImport("SM10000006", 1);
        SyncReport report = context.engine().syncAndWait(sourceId(fay, "SM10000006"), SyncTrigger.MANUAL);
        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.SKIPPED);
        assertThat(report.message()).contains("imported when it is plugged in");
        assertThat(context.syncEvents().recentOfKind(SourceKind.DEVICE, 100))
                .allSatisfy(e -> assertThat(e.connectorId()).isEqualTo("dexcom-receiver"));
    }
}
