package org.pulseport.app;

/**
 * Pulseport cannot start with this data directory; the message says why and what to do (it is shown as is).
 */
public final class StartupFailure extends RuntimeException {

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
