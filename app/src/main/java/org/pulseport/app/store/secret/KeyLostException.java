package org.pulseport.app.store.secret;

/** The key that sealed a secret is gone or damaged for good (unlike {@link KeyUnavailableException}). */
public final class KeyLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyLostException(String message) {
        super(message);
    }
}
