package org.pulseport.app.engine;

import java.util.Objects;
import org.pulseport.devices.download.DeviceDownloader;
import org.pulseport.devices.hotplug.DeviceFamily;
import org.pulseport.devices.hotplug.SerialNumberReader;

/**
 * What the app needs to import from one device family: the downloader (protocol plus its transport binding)
 * and how to read the serial number before a download, so the device can be matched to its paired profile.
 */
public record DeviceDriver(DeviceFamily family, DeviceDownloader downloader, SerialNumberReader serialNumber) {

    public DeviceDriver {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(downloader, "downloader");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }

    /** The connector id of this family's sources and the family code of its {@code devices} rows. */
    public String connectorId() {
        return DeviceDrivers.code(family);
    }
}
