package org.pulseport.devices.transport;

import org.pulseport.core.error.PulseportError;

/**
 * Why a transport could not be opened or used. Each kind says what happened ({@link #detail()}, for logs) and
 * what the person at the computer can do about it ({@link #userMessage()}).
 */
public sealed interface TransportError {

    String detail();

    String userMessage();

    /** The same problem in the application-wide taxonomy, for the engine and the sync history. */
    PulseportError toPulseportError();

    /** The device node or directory is not there (unplugged before it could be opened). */
    record NotFound(String path) implements TransportError {
        public String detail() { return "device not found at " + path; }
        public String userMessage() { return "The device is no longer connected (" + path + "). Plug it in again."; }
        public PulseportError toPulseportError() { return new PulseportError.ProviderError(detail()); }
    }

    /** The operating system refused access; {@code fix} says exactly what to change. */
    record PermissionDenied(String path, String fix) implements TransportError {
        public String detail() { return "permission denied opening " + path; }
        public String userMessage() { return "Pulseport may not open " + path + ". " + fix; }
        public PulseportError toPulseportError() { return new PulseportError.ProviderError(detail() + "; " + fix); }
    }

    /** Another program holds the device exclusively. */
    record Busy(String path, String fix) implements TransportError {
        public String detail() { return "device busy: " + path; }
        public String userMessage() { return path + " is in use by another program. " + fix; }
        public PulseportError toPulseportError() { return new PulseportError.ProviderError(detail() + "; " + fix); }
    }

    /** The device did not answer within the allowed time. */
    record Timeout(String path, long millis) implements TransportError {
        public String detail() { return "no answer from " + path + " within " + millis + " ms"; }
        public String userMessage() { return "The device stopped answering. Check the cable and try again."; }
        public PulseportError toPulseportError() { return new PulseportError.NetworkError(detail()); }
    }

    /** The device went away while in use (cable pulled, device switched off). */
    record Disconnected(String path) implements TransportError {
        public String detail() { return "device disconnected: " + path; }
        public String userMessage() {
            return "The device was disconnected during the transfer. Plug it in again; nothing was lost.";
        }
        public PulseportError toPulseportError() { return new PulseportError.NetworkError(detail()); }
    }

    /** Any other operating-system failure, with its description. */
    record IoFailure(String path, String reason) implements TransportError {
        public String detail() { return "I/O failure on " + path + ": " + reason; }
        public String userMessage() { return "Pulseport could not talk to the device (" + reason + "). Replug it and try again."; }
        public PulseportError toPulseportError() { return new PulseportError.UnexpectedError(detail()); }
    }
}
