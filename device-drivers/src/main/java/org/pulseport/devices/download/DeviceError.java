package org.pulseport.devices.download;

import org.pulseport.core.error.PulseportError;
import org.pulseport.devices.transport.TransportError;

/**
 * Why a device download failed, classified so the UI can say what to do and the engine whether to retry.
 */
public sealed interface DeviceError {

    String detail();

    String userMessage();

    PulseportError toPulseportError();

    /** The link to the device failed (permissions, busy, unplugged, silent). */
    record Link(TransportError cause) implements DeviceError {
        public String detail() { return cause.detail(); }
        public String userMessage() { return cause.userMessage(); }
        public PulseportError toPulseportError() { return cause.toPulseportError(); }
    }

    /** The device answered with bytes that do not follow its protocol, even after retries. */
    record Protocol(String device, String reason) implements DeviceError {
        public String detail() { return device + ": " + reason; }
        public String userMessage() {
            return "The device sent data Pulseport could not read. Replug it and try again; if it keeps failing,"
                    + " the device may need a restart.";
        }
        public PulseportError toPulseportError() { return new PulseportError.ProviderError(detail()); }
    }

    /** The device refused a command (NAK, "CMD Fail!"). */
    record Rejected(String device, String command, String reply) implements DeviceError {
        public String detail() { return device + " rejected " + command + ": " + reply; }
        public String userMessage() {
            return "The device refused the request. Make sure it is switched on and shows no dialog, then retry.";
        }
        public PulseportError toPulseportError() { return new PulseportError.ProviderError(detail()); }
    }

    static DeviceError of(String device, ProtocolException e) {
        if (e.kind() == ProtocolException.Kind.REJECTED) {
            return new Rejected(device, "request", e.getMessage());
        }
        return new Protocol(device, e.getMessage());
    }
}
