package org.pulseport.app.store.secret;

/** The key that sealed (or is to seal) a secret cannot be had now; the message says why and what to do. */
public final class KeyUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyUnavailableException(String message) {
        super(message);
    }

    public KeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
