package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pulseport.devices.download.DeviceError;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.transport.TransportError;

/** The small parts of device import: time left, progress wording, matching re-downloaded times, family names. */
class DeviceImportPartsTest {

    @Test
    void timeLeftIsTheElapsedTimeScaledToTheRecordsStillToRead() {
        assertThat(ImportProgressTracker.estimate(250, 1000, Duration.ofSeconds(2)))
                .isEqualTo(new ImportProgress(250, 1000, Optional.of(Duration.ofSeconds(6))));
        assertThat(ImportProgressTracker.estimate(0, 1000, Duration.ofSeconds(2)).timeLeft()).isEmpty();
        assertThat(ImportProgressTracker.estimate(10, 0, Duration.ofSeconds(2)))
                .isEqualTo(new ImportProgress(10, 0, Optional.empty()));
        assertThat(ImportProgressTracker.estimate(1200, 1000, Duration.ofSeconds(2)))
                .isEqualTo(new ImportProgress(1000, 1000, Optional.of(Duration.ZERO)));
        assertThat(ImportProgressTracker.estimate(500, 1000, Duration.ZERO).timeLeft()).isEmpty();
    }

    @Test
    void progressIsWordedForPeople() {
        assertThat(ImportProgress.STARTING.describe()).isEqualTo("Connecting to the device");
        assertThat(ImportProgress.STARTING.fraction()).isEqualTo(-1);
        assertThat(new ImportProgress(1234, 25920, Optional.of(Duration.ofMillis(11_200))).describe())
                .isEqualTo("1,234 of 25,920 records, about 12 s left");
        assertThat(new ImportProgress(100, 25920, Optional.of(Duration.ofMinutes(4))).describe())
                .isEqualTo("100 of 25,920 records, about 4 min left");
        assertThat(new ImportProgress(25920, 25920, Optional.of(Duration.ZERO)).describe())
                .isEqualTo("25,920 of 25,920 records, almost done");
        assertThat(new ImportProgress(500, 1000, Optional.empty()).fraction()).isEqualTo(0.5);
        assertThat(new ImportProgress(77, 0, Optional.empty()).describe()).isEqualTo("77 records");
    }

    @Test
    void aReDownloadedReadingSnapsOntoTheStoredOneWithinAMinuteOnly() {
        Instant stored = Instant.parse("2025-03-01T12:00:00.437Z");
        Instant next = Instant.parse("2025-03-01T12:05:00.437Z");
        StoredTimes times = new StoredTimes(List.of(next, stored));
        assertThat(times.snap(Instant.parse("2025-03-01T12:00:01.120Z"))).isEqualTo(stored);
        assertThat(times.snap(Instant.parse("2025-03-01T11:59:30Z"))).isEqualTo(stored);
        assertThat(times.snap(Instant.parse("2025-03-01T12:04:59Z"))).isEqualTo(next);
        assertThat(times.snap(stored)).isEqualTo(stored);
        Instant between = Instant.parse("2025-03-01T12:02:30Z");
        assertThat(times.snap(between)).isEqualTo(between);
        Instant later = Instant.parse("2025-03-01T12:10:00Z");
        assertThat(times.snap(later)).isEqualTo(later);
        assertThat(StoredTimes.none().snap(later)).isEqualTo(later);
    }

    @Test
    void familiesAreNamedByStableCodesAndOnTheCommandLineByModel() {
        assertThat(DeviceDrivers.code(DeviceFamily.DEXCOM_RECEIVER)).isEqualTo("dexcom-receiver");
        assertThat(DeviceDrivers.fromCode("libre-reader")).contains(DeviceFamily.LIBRE_READER);
        assertThat(DeviceDrivers.fromCode("fitbit")).isEmpty();
        for (String name : List.of("dexcom", "dexcom-g4", "DEXCOM-G5", " dexcom-g6 ", "dexcom-receiver")) {
            assertThat(DeviceDrivers.fromCliName(name)).contains(DeviceFamily.DEXCOM_RECEIVER);
        }
        assertThat(DeviceDrivers.fromCliName("libre")).contains(DeviceFamily.LIBRE_READER);
        assertThat(DeviceDrivers.fromCliName("omnipod")).isEmpty();
        assertThat(DeviceDrivers.installed().find(DeviceFamily.LIBRE_2_READER)).isEmpty();
        assertThat(DeviceDrivers.installed().all()).containsOnlyKeys(DeviceFamily.DEXCOM_RECEIVER, DeviceFamily.LIBRE_READER);
    }

    @Test
    void deviceErrorsBecomeProblemsThatSayWhatHelps() {
        DeviceProblem denied = DeviceProblem.of(new DeviceError.Link(new TransportError.PermissionDenied("/dev/ttyACM0",
                "Add the udev rule.")));
        assertThat(denied.kind()).isEqualTo(DeviceProblem.Kind.PERMISSION);
        assertThat(denied.showsUdevRule()).isTrue();
        assertThat(DeviceProblem.of(new DeviceError.Link(new TransportError.Busy("/dev/ttyACM0", "Close it."))).kind())
                .isEqualTo(DeviceProblem.Kind.BUSY);
        DeviceProblem gone = DeviceProblem.of(new DeviceError.Link(new TransportError.Disconnected("/dev/ttyACM0")));
        assertThat(gone.kind()).isEqualTo(DeviceProblem.Kind.DISCONNECTED);
        assertThat(gone.showsUdevRule()).isFalse();
        assertThat(DeviceProblem.of(new DeviceError.Link(new TransportError.Timeout("/dev/ttyACM0", 100))).kind())
                .isEqualTo(DeviceProblem.Kind.NO_ANSWER);
        assertThat(DeviceProblem.of(new DeviceError.Protocol("/dev/ttyACM0", "bad CRC")).kind())
                .isEqualTo(DeviceProblem.Kind.PROTOCOL);
    }
}
