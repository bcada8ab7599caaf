package org.pulseport.devices.hotplug;

import java.util.Objects;

/**
 * A device an enumeration source sees: its USB ids, the manufacturer string it reports, and the path Pulseport
 * would open (a serial port, a HID path or a mount point) with the kind of transport that path needs.
 */
public record AttachedDevice(UsbId usbId, String manufacturer, String path, TransportKind kind) {

    public AttachedDevice {
        Objects.requireNonNull(usbId, "usbId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        manufacturer = manufacturer == null ? "" : manufacturer;
    }
}
