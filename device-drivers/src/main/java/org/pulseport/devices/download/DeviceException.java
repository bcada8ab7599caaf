package org.pulseport.devices.download;

import java.util.Objects;
import org.pulseport.core.error.PulseportException;
import org.pulseport.devices.transport.TransportException;

/** A device operation failed; {@link #error()} classifies why. */
public final class DeviceException extends Exception {

    private final transient DeviceError error;

    public DeviceException(DeviceError error, Throwable cause) {
        super(error.detail(), cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    public static DeviceException of(TransportException e) {
        return new DeviceException(new DeviceError.Link(e.error()), e);
    }

    public static DeviceException of(String device, ProtocolException e) {
        return new DeviceException(DeviceError.of(device, e), e);
    }

    public DeviceError error() {
        return error;
    }

    /** The same failure for code that can only throw unchecked exceptions (lazy streams). */
    public PulseportException unchecked() {
        return new PulseportException(error.toPulseportError(), this);
    }
}
