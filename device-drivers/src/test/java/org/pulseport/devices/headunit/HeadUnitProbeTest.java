package org.pulseport.devices.headunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.devices.hotplug.DeviceEvent;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.hotplug.HotplugMonitor;
import org.pulseport.devices.hotplug.KnownDevices;
import org.pulseport.devices.sim.GarminVolumeSimulator;
import org.pulseport.devices.transport.TransportException;

/** Mounted directories recognised as Garmin and Wahoo units, MTP units that need unlocking, and hot-plug events. */
class HeadUnitProbeTest {

    @TempDir
    Path media;
    private final HeadUnitProbe probe = new HeadUnitProbe();

    private Path garmin(String name) throws IOException {
        Path volume = GarminVolumeSimulator.create(media.resolve(name), "Edge 820", "3912345678", List.of());
        Files.write(volume.resolve("GARMIN/ACTIVITY/2024-06-01-07-00-00.FIT"), new byte[] {14});
        Files.write(volume.resolve("GARMIN/ACTIVITY/readme.txt"), new byte[] {1});
        return volume;
    }

    @Test
    void aGarminVolumeIsFoundWithTheFoldersItsDescriptionDeclares() throws Exception {
        Path volume = garmin("GARMIN");
        HeadUnit unit = ((HeadUnitProbe.Result.Found) probe.probe(volume)).unit();

        assertThat(unit.kind()).isEqualTo(HeadUnitKind.GARMIN);
        assertThat(unit.displayName()).isEqualTo("Garmin Edge 820 (3912345678)");
        assertThat(unit.activityDirectory()).contains("GARMIN/ACTIVITY");
        assertThat(unit.workoutInbox()).contains("GARMIN/NEWFILES");
        assertThat(unit.mtp()).isFalse();
        assertThat(unit.activityFiles()).containsExactly("GARMIN/ACTIVITY/2024-06-01-07-00-00.FIT");
        assertThat(unit.writeWorkout("intervals.fit", new byte[] {1, 2})).isEqualTo("GARMIN/NEWFILES/intervals.fit");
        assertThat(Files.readAllBytes(volume.resolve("GARMIN/NEWFILES/intervals.fit"))).containsExactly(1, 2);
    }

    @Test
    void aWahooElemntOverMtpIsFoundInItsStorageFolder() throws Exception {
        Path storage = media.resolve("mtp:host=Wahoo_Fitness_ELEMNT_BOLT_297E").resolve("Internal shared storage");
        Files.createDirectories(storage.resolve("exports"));
        Files.write(storage.resolve("exports/2019-02-17-062644-ELEMNT-297E-195-0.fit"), new byte[] {14});
        HeadUnit unit = ((HeadUnitProbe.Result.Found) probe.probe(storage.getParent())).unit();

        assertThat(unit.kind()).isEqualTo(HeadUnitKind.WAHOO);
        assertThat(unit.model()).isEqualTo("ELEMNT BOLT");
        assertThat(unit.unitId()).isEqualTo("Wahoo_Fitness_ELEMNT_BOLT_297E");
        assertThat(unit.mtp()).isTrue();
        assertThat(unit.activityFiles()).containsExactly("exports/2019-02-17-062644-ELEMNT-297E-195-0.fit");
        assertThat(unit.writeWorkout("w.fit", new byte[] {3})).isEqualTo("plans/w.fit");
    }

    @Test
    void anMtpUnitShowingNoFilesGetsAdviceInsteadOfSilence() throws Exception {
        Path locked = Files.createDirectories(media.resolve("mtp:host=Garmin_Edge_530_0000c8f0"));
        Path wahoo = Files.createDirectories(media.resolve("mtp:host=Wahoo_Fitness_ELEMNT_ROAM_12AB"));

        assertThat(probe.probe(locked)).isInstanceOfSatisfying(HeadUnitProbe.Result.AccessNeeded.class,
                r -> assertThat(r.advice()).contains("USB Mode", "MTP", "plug it in again"));
        assertThat(probe.probe(wahoo)).isInstanceOfSatisfying(HeadUnitProbe.Result.AccessNeeded.class,
                r -> assertThat(r.advice()).contains("allow USB file transfer", "'exports'"));
    }

    @Test
    void aBrokenDescriptionIsReportedAndAPlainStickIsNoHeadUnit() throws Exception {
        Path broken = garmin("BROKEN");
        Files.writeString(broken.resolve("GARMIN/GarminDevice.xml"), "<Device>");
        Path stick = Files.createDirectories(media.resolve("STICK/photos"));

        assertThat(probe.probe(broken)).isInstanceOfSatisfying(HeadUnitProbe.Result.Unreadable.class,
                r -> assertThat(r.reason()).contains("not well-formed XML"));
        assertThat(probe.probe(stick.getParent())).isInstanceOf(HeadUnitProbe.Result.NotAHeadUnit.class);
    }

    @Test
    void theHotplugMonitorSeesUnitsArriveAndLeave() throws Exception {
        List<DeviceEvent> events = new ArrayList<>();
        HeadUnitVolumes volumes = new HeadUnitVolumes(List.of(media), probe);
        HotplugMonitor monitor = new HotplugMonitor(volumes, new KnownDevices(), events::add, HotplugMonitor.DEFAULT_INTERVAL);
        Files.createDirectories(media.resolve("STICK"));
        monitor.poll();
        assertThat(events).isEmpty();

        Path volume = garmin("GARMIN");
        monitor.poll();
        monitor.poll();
        assertThat(events).singleElement().isInstanceOfSatisfying(DeviceEvent.Arrived.class, arrived -> {
            assertThat(arrived.family()).isEqualTo(DeviceFamily.GARMIN_DEVICE);
            assertThat(volumes.probe(Path.of(arrived.device().path()))).isInstanceOf(HeadUnitProbe.Result.Found.class);
        });

        Files.createDirectories(media.resolve("mtp:host=Wahoo_Fitness_ELEMNT_BOLT_297E/Internal shared storage/exports"));
        deleteTree(volume);
        monitor.poll();
        assertThat(events).hasSize(3).anySatisfy(e -> assertThat(e).isInstanceOf(DeviceEvent.Removed.class))
                .anySatisfy(e -> assertThat(e.family()).isEqualTo(DeviceFamily.WAHOO_DEVICE));
    }

    @Test
    void defaultMountRootsFollowTheOperatingSystem() {
        assertThat(HeadUnitVolumes.defaultMountRoots("Linux", Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), "ann"))
                .containsExactly(Path.of("/media/ann"), Path.of("/run/media/ann"), Path.of("/run/user/1000/gvfs"));
        assertThat(HeadUnitVolumes.defaultMountRoots("Mac OS X", Map.of(), "ann")).containsExactly(Path.of("/Volumes"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aUnitWithoutAWorkoutFolderRefusesWorkoutsWithAReason() throws Exception {
        Path volume = Files.createDirectories(media.resolve("OLD"));
        Files.createDirectories(volume.resolve("Garmin"));
        Files.writeString(volume.resolve("Garmin/GarminDevice.xml"), "<Device><Model><Description>Edge 205</Description>"
                + "</Model><Id>77</Id></Device>");
        HeadUnit unit = ((HeadUnitProbe.Result.Found) probe.probe(volume)).unit();
        assertThat(unit.activityFiles()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> unit.writeWorkout("w.fit", new byte[] {1}))
                .isInstanceOf(TransportException.class).hasMessageContaining("declares no folder for new workouts");
    }
}
