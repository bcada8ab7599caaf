package org.pulseport.devices.hotplug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The native libraries load and enumerate on this machine, with or without devices attached. */
class NativeEnumerationTest {

    @Test
    void hidapiEnumeratesWithoutFailing() {
        HidEnumeration hid = new HidEnumeration();
        assertThat(hid.enumerate()).allSatisfy(d -> assertThat(d.kind()).isEqualTo(TransportKind.HID));
        assertThat(hid.transport("/dev/no-such-hidraw")).isEmpty();
    }

    @Test
    void serialPortsEnumerateWithoutFailing() {
        assertThat(new SerialPortEnumeration().enumerate())
                .allSatisfy(d -> assertThat(d.kind()).isEqualTo(TransportKind.SERIAL));
    }

    @Test
    void libusbHotplugStartsWhereAvailableAndStopsCleanly() {
        LibusbHotplugTrigger trigger = new LibusbHotplugTrigger(() -> { });
        boolean started = trigger.start();
        assertThat(trigger.isRunning()).isEqualTo(started);
        trigger.close();
        assertThat(trigger.isRunning()).isFalse();
    }

    @Test
    void combinedSourcesListEveryDevice() {
        AttachedDevice a = new AttachedDevice(new UsbId(1, 2), "", "a", TransportKind.SERIAL);
        AttachedDevice b = new AttachedDevice(new UsbId(3, 4), "", "b", TransportKind.HID);
        EnumerationSource combined = EnumerationSource.combined(java.util.List.of(() -> java.util.List.of(a),
                () -> java.util.List.of(b)));
        assertThat(combined.enumerate()).containsExactly(a, b);
    }
}
