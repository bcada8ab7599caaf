package org.pulseport.devices.download;

/**
 * Bytes from a device did not follow its protocol. The only exception the pure protocol parsers throw, whatever
 * the input; {@link #offset()} points at the offending byte (or record) where that is known, -1 otherwise.
 */
public final class ProtocolException extends Exception {

    /** Whether the bytes were damaged, or intact but a refusal or something this driver does not support. */
    public enum Kind { CORRUPT, REJECTED, UNSUPPORTED }

    private final Kind kind;
    private final long offset;

    public ProtocolException(Kind kind, String message, long offset) {
        super(offset >= 0 ? message + " (at offset " + offset + ")" : message);
        this.kind = kind;
        this.offset = offset;
    }

    public static ProtocolException corrupt(String message, long offset) {
        return new ProtocolException(Kind.CORRUPT, message, offset);
    }

    public static ProtocolException corrupt(String message) {
        return new ProtocolException(Kind.CORRUPT, message, -1);
    }

    public Kind kind() {
        return kind;
    }

    public long offset() {
        return offset;
    }
}
