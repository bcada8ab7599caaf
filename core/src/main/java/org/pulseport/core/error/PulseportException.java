package org.pulseport.core.error;

/**
 * Carries a classified {@link PulseportError} through code that cannot return it (lazy streams, callbacks).
 */
public final class PulseportException extends RuntimeException {

    private final transient PulseportError error;

    public PulseportException(PulseportError error) {
        super(error.code() + ": " + error.detail());
        this.error = error;
    }

    public PulseportException(PulseportError error, Throwable cause) {
        super(error.code() + ": " + error.detail(), cause);
        this.error = error;
    }

    public PulseportError error() {
        return error;
    }
}
