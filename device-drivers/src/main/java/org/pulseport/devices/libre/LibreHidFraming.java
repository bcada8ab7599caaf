package org.pulseport.devices.libre;

import java.util.Arrays;
import org.pulseport.devices.download.ProtocolException;

/**
 * The 64-byte report framing of Abbott FreeStyle readers: {@code type | length | payload (length bytes) |
 * garbage}. Reports carry no report number; the reader leaves stale bytes after the payload, so only
 * {@code length} bytes count. Pure: bytes in, bytes out.
 */
public final class LibreHidFraming {

    public static final int REPORT_SIZE = 64;
    public static final int MAX_PAYLOAD = REPORT_SIZE - 2;

    /** Message types of the handshake and of text commands. */
    public static final int INIT_QUERY = 0x04;
    public static final int INIT_QUERY_REPLY = 0x34;
    public static final int INIT_SERIAL = 0x05;
    public static final int INIT_SERIAL_REPLY = 0x06;
    public static final int INIT_SOFTWARE_VERSION = 0x15;
    public static final int INIT_SOFTWARE_VERSION_REPLY = 0x35;
    public static final int INIT_COMPLETE = 0x01;
    public static final int INIT_COMPLETE_REPLY = 0x71;
    public static final int KEEP_ALIVE = 0x22;
    public static final int TEXT = 0x60;

    private LibreHidFraming() {
    }

    public static byte[] encode(LibreHidMessage message) {
        byte[] report = new byte[REPORT_SIZE];
        byte[] payload = message.payload();
        report[0] = (byte) message.type();
        report[1] = (byte) payload.length;
        System.arraycopy(payload, 0, report, 2, payload.length);
        return report;
    }

    /** Decodes the first {@code length} bytes of a report read from the device. */
    public static LibreHidMessage decode(byte[] report, int length) throws ProtocolException {
        if (length < 2 || length > report.length) {
            throw ProtocolException.corrupt("HID report of " + length + " bytes is too short", 0);
        }
        int payloadLength = report[1] & 0xFF;
        if (payloadLength > MAX_PAYLOAD || payloadLength > length - 2) {
            throw ProtocolException.corrupt("HID message declares " + payloadLength + " payload bytes in a "
                    + length + "-byte report", 1);
        }
        return new LibreHidMessage(report[0] & 0xFF, Arrays.copyOfRange(report, 2, 2 + payloadLength));
    }
}
