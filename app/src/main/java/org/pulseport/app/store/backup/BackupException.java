package org.pulseport.app.store.backup;

/** A backup could not be taken or restored; the message says why and what to do (it is shown as is). */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
