package org.pulseport.providers.http;

/**
 * One provider record could not be understood (a required field missing or of the wrong type). Thrown by
 * mappers and caught per record by {@link RecordMapping}, which skips that record and keeps the rest.
 */
public final class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String message) {
        super(message);
    }
}
