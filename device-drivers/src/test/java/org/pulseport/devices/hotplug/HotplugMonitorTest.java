package org.pulseport.devices.hotplug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HotplugMonitorTest {

    private static final AttachedDevice DEXCOM =
            new AttachedDevice(new UsbId(0x22A3, 0x0047), "Dexcom", "/dev/ttyACM0", TransportKind.SERIAL);
    private static final AttachedDevice LIBRE =
            new AttachedDevice(new UsbId(0x1A61, 0x3650), "Abbott", "/dev/hidraw2", TransportKind.HID);
    private static final AttachedDevice KEYBOARD =
            new AttachedDevice(new UsbId(0x046D, 0xC31C), "Logitech", "/dev/hidraw0", TransportKind.HID);

    private final AtomicReference<List<AttachedDevice>> attached = new AtomicReference<>(List.of());
    private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();

    private HotplugMonitor monitor(Duration interval) {
        return new HotplugMonitor(attached::get, new KnownDevices(), events::add, interval);
    }

    @Test
    void reportsArrivalsOnceAndRemovalsOfRecognisedDevicesOnly() {
        HotplugMonitor monitor = monitor(HotplugMonitor.DEFAULT_INTERVAL);
        attached.set(List.of(KEYBOARD, DEXCOM));
        monitor.poll();
        monitor.poll();
        attached.set(List.of(KEYBOARD, LIBRE));
        monitor.poll();
        assertThat(events).containsExactly(
                new DeviceEvent.Arrived(DEXCOM, DeviceFamily.DEXCOM_RECEIVER),
                new DeviceEvent.Removed(DEXCOM, DeviceFamily.DEXCOM_RECEIVER),
                new DeviceEvent.Arrived(LIBRE, DeviceFamily.LIBRE_READER));
    }

    @Test
    void aStartedMonitorNoticesChangesByPolling() {
        try (HotplugMonitor monitor = monitor(Duration.ofMillis(50))) {
            monitor.start();
            attached.set(List.of(DEXCOM));
            await().until(() -> events.contains(new DeviceEvent.Arrived(DEXCOM, DeviceFamily.DEXCOM_RECEIVER)));
            attached.set(List.of());
            await().until(() -> events.contains(new DeviceEvent.Removed(DEXCOM, DeviceFamily.DEXCOM_RECEIVER)));
        }
    }

    @Test
    void aNudgeReEnumeratesWithoutWaitingForThePollInterval() {
        try (HotplugMonitor monitor = monitor(Duration.ofHours(1))) {
            monitor.start();
            attached.set(List.of(LIBRE));
            monitor.nudge();
            await().until(() -> events.contains(new DeviceEvent.Arrived(LIBRE, DeviceFamily.LIBRE_READER)));
        }
    }

    @Test
    void theDefaultPollIntervalKeepsDetectionWellWithinTwoSeconds() {
        assertThat(HotplugMonitor.DEFAULT_INTERVAL).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }
}
