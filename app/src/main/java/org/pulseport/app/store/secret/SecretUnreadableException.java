package org.pulseport.app.store.secret;

/** A sealed connection secret that does not open: changed, moved to another connection, or another key. */
public final class SecretUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretUnreadableException(long connectionId, String why) {
        super("The stored sign-in of connection " + connectionId + " cannot be decrypted: " + why + ".");
    }
}
