package org.pulseport.devices.hotplug;

import java.util.Optional;
import org.pulseport.devices.download.DeviceError;

/**
 * A recognised device after Pulseport tried to read its serial number: either the serial number, or the
 * classified reason it could not (for example missing permissions, with the exact fix).
 */
public record IdentifiedDevice(AttachedDevice device, DeviceFamily family, Optional<String> serialNumber,
                               Optional<DeviceError> problem) {
}
