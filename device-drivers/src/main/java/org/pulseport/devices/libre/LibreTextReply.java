package org.pulseport.devices.libre;

import java.nio.charset.StandardCharsets;
import org.pulseport.devices.download.ProtocolException;

/**
 * The envelope of a text command's reply: {@code message "CKSM:" 8HEXDIG CRLF "CMD " ("OK" / "Fail!") CRLF},
 * where the checksum is the sum of the message's bytes. Pure.
 */
public final class LibreTextReply {

    private static final String OK_TRAILER = "CMD OK\r\n";
    private static final String FAIL_TRAILER = "CMD Fail!\r\n";
    private static final String CHECKSUM_MARK = "CKSM:";
    private static final int CHECKSUM_LINE = CHECKSUM_MARK.length() + 8 + 2;

    private LibreTextReply() {
    }

    /** Whether {@code text} holds a whole reply (the reader has finished sending); looks at its end only. */
    public static boolean isComplete(CharSequence text) {
        return endsWith(text, OK_TRAILER) || endsWith(text, FAIL_TRAILER);
    }

    private static boolean endsWith(CharSequence text, String trailer) {
        int start = text.length() - trailer.length();
        return start >= 0 && trailer.contentEquals(text.subSequence(start, text.length()));
    }

    /** The verified message of a complete reply to {@code command}. */
    public static String parse(String text, String command) throws ProtocolException {
        if (text.endsWith(FAIL_TRAILER)) {
            throw new ProtocolException(ProtocolException.Kind.REJECTED, "reader answered CMD Fail! to " + command, -1);
        }
        if (!text.endsWith(OK_TRAILER) || text.length() < OK_TRAILER.length() + CHECKSUM_LINE) {
            throw ProtocolException.corrupt("incomplete reply to " + command, text.length());
        }
        int checksumAt = text.length() - OK_TRAILER.length() - CHECKSUM_LINE;
        String line = text.substring(checksumAt, text.length() - OK_TRAILER.length());
        if (!line.startsWith(CHECKSUM_MARK) || !line.endsWith("\r\n")) {
            throw ProtocolException.corrupt("reply to " + command + " lacks its checksum line", checksumAt);
        }
        long sent = hex(line.substring(CHECKSUM_MARK.length(), CHECKSUM_MARK.length() + 8), checksumAt);
        String message = text.substring(0, checksumAt);
        long computed = checksum(message);
        if (sent != computed) {
            throw ProtocolException.corrupt(String.format("reply to %s: checksum %08X, computed %08X", command, sent,
                    computed), checksumAt);
        }
        return message;
    }

    /** A complete successful reply carrying {@code message}; the simulator uses this. */
    public static String format(String message) {
        return message + String.format("%s%08X\r\n", CHECKSUM_MARK, checksum(message)) + OK_TRAILER;
    }

    /** The sum of a text's bytes, as the reader computes it. */
    public static long checksum(String text) {
        long sum = 0;
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            sum += b & 0xFF;
        }
        return sum & 0xFFFF_FFFFL;
    }

    static long hex(String digits, long offset) throws ProtocolException {
        if (!digits.matches("[0-9A-Fa-f]{8}")) {
            throw ProtocolException.corrupt("checksum is not 8 hex digits: " + digits, offset);
        }
        return Long.parseLong(digits, 16);
    }
}
