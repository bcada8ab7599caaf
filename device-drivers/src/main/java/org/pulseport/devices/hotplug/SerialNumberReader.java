package org.pulseport.devices.hotplug;

import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.transport.Transport;

/** Reads a device's serial number over its protocol, on a transport that is not yet open. */
@FunctionalInterface
public interface SerialNumberReader {

    String read(Transport transport) throws DeviceException;
}
