package org.pulseport.app.store;

/** A batch could not be stored (database error); the batch was rolled back, earlier batches stay committed. */
public final class IngestException extends RuntimeException {

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
