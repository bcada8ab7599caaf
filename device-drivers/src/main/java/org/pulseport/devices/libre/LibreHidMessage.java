package org.pulseport.devices.libre;

import java.util.Arrays;

/** One message of the Abbott shared HID protocol: a message type and up to 62 payload bytes. */
public record LibreHidMessage(int type, byte[] payload) {

    public LibreHidMessage {
        if (type < 0 || type > 0xFF) {
            throw new IllegalArgumentException("message type out of range: " + type);
        }
        if (payload.length > LibreHidFraming.MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload longer than " + LibreHidFraming.MAX_PAYLOAD + " bytes");
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LibreHidMessage m && m.type == type && Arrays.equals(m.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return String.format("LibreHidMessage[0x%02x, %d bytes]", type, payload.length);
    }
}
