package org.pulseport.devices.transport;

import java.util.Objects;

/** A transport operation failed; {@link #error()} says why in a classified form. */
public final class TransportException extends Exception {

    private final transient TransportError error;

    public TransportException(TransportError error) {
        super(error.detail());
        this.error = Objects.requireNonNull(error, "error");
    }

    public TransportException(TransportError error, Throwable cause) {
        super(error.detail(), cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    public TransportError error() {
        return error;
    }
}
