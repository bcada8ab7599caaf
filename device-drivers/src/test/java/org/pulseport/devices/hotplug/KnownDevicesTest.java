package org.pulseport.devices.hotplug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownDevicesTest {

    @ParameterizedTest
    @CsvSource({
        "22a3, 0047, '', DEXCOM_RECEIVER",
        "1a61, 3650, '', LIBRE_READER",
        "1a61, 3670, '', LIBRE_READER",
        "1a61, 3950, '', LIBRE_2_READER",
        "091e, 4b48, Garmin, GARMIN_DEVICE",
        "18d1, 4ee1, Wahoo Fitness, WAHOO_DEVICE",
    })
    void recognisesFamiliesByUsbIdOrManufacturer(String vendor, String product, String manufacturer,
                                                 DeviceFamily family) {
        AttachedDevice device = new AttachedDevice(new UsbId(Integer.parseInt(vendor, 16),
                Integer.parseInt(product, 16)), manufacturer, "/dev/x", family.transport());
        assertThat(new KnownDevices().identify(device)).contains(family);
    }

    @ParameterizedTest
    @CsvSource({"22a3, 0048", "1a61, 3410", "046d, c31c"})
    void ignoresOtherDevices(String vendor, String product) {
        AttachedDevice device = new AttachedDevice(new UsbId(Integer.parseInt(vendor, 16),
                Integer.parseInt(product, 16)), "Someone", "/dev/x", TransportKind.HID);
        assertThat(new KnownDevices().identify(device)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"LIBRE_2_READER, false", "DEXCOM_RECEIVER, true", "LIBRE_READER, true"})
    void marksRecognisedButUnsupportedFamilies(DeviceFamily family, boolean supported) {
        assertThat(family.supported()).isEqualTo(supported);
    }

    @ParameterizedTest
    @CsvSource({"34, 71, 0022:0047", "6753, 13904, 1a61:3650"})
    void formatsIdsLikeLsusb(int vendor, int product, String text) {
        assertThat(new UsbId(vendor, product)).hasToString(text);
    }
}
