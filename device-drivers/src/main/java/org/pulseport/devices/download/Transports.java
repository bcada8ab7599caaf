package org.pulseport.devices.download;

import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportException;

/** Opening a transport as the first step of a device operation, with the failure classified. */
public final class Transports {

    private Transports() {
    }

    public static void open(Transport transport) throws DeviceException {
        try {
            transport.open();
        } catch (TransportException e) {
            throw DeviceException.of(e);
        }
    }
}
