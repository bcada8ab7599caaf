package org.pulseport.app.notify;

/** A channel could not deliver: the message says why (never the URL, which may hold a token). */
public final class ChannelFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public ChannelFailure(String message) {
        super(message);
    }
}
