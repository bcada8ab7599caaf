package org.pulseport.devices.hotplug;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which family a USB device belongs to. Product ids come from the device documentation of the open-source
 * uploaders (Dexcom receivers 22a3:0047; Abbott FreeStyle Libre 1a61:3650, Libre Pro 1a61:3670, Libre 2
 * 1a61:3950); Garmin is recognised by its vendor id 091e, Wahoo by the manufacturer string it reports.
 */
public final class KnownDevices {

    private static final int GARMIN_VENDOR = 0x091E;
    private static final String WAHOO_MANUFACTURER = "wahoo";

    private static final Map<UsbId, DeviceFamily> PRODUCTS = Map.of(
            new UsbId(0x22A3, 0x0047), DeviceFamily.DEXCOM_RECEIVER,
            new UsbId(0x1A61, 0x3650), DeviceFamily.LIBRE_READER,
            new UsbId(0x1A61, 0x3670), DeviceFamily.LIBRE_READER,
            new UsbId(0x1A61, 0x3950), DeviceFamily.LIBRE_2_READER);

    public Optional<DeviceFamily> identify(AttachedDevice device) {
        DeviceFamily product = PRODUCTS.get(device.usbId());
        if (product != null) {
            return Optional.of(product);
        }
        if (device.usbId().vendorId() == GARMIN_VENDOR) {
            return Optional.of(DeviceFamily.GARMIN_DEVICE);
        }
        if (device.manufacturer().toLowerCase(Locale.ROOT).startsWith(WAHOO_MANUFACTURER)) {
            return Optional.of(DeviceFamily.WAHOO_DEVICE);
        }
        return Optional.empty();
    }
}
