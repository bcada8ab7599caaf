package org.pulseport.app.store;

/** A read from the store failed; says what was being read. */
public final class StoreQueryException extends RuntimeException {

    public StoreQueryException(String what, Throwable cause) {
        super("Database error while " + what + ": " + cause.getMessage(), cause);
    }
}
