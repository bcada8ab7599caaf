package org.pulseport.devices.libre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pulseport.devices.download.ProtocolException;

/**
 * The multiple-records format of {@code $history?} and {@code $arresult?}: CSV lines, then a line
 * {@code count "," 8HEXDIG} whose checksum sums the bytes of all record lines; or {@code "Log Empty"}. Pure.
 */
public final class LibreMultiRecord {

    private static final String EMPTY = "Log Empty\r\n";

    private LibreMultiRecord() {
    }

    /** The records of a verified reply message, each split into its comma-separated fields. */
    public static List<List<String>> parse(String message) throws ProtocolException {
        if (message.equals(EMPTY)) {
            return List.of();
        }
        if (!message.endsWith("\r\n")) {
            throw ProtocolException.corrupt("record list does not end with CRLF", message.length());
        }
        int end = message.length() - 2;
        int previous = end == 0 ? -1 : message.lastIndexOf("\r\n", end - 1);
        int trailerStart = previous < 0 ? 0 : previous + 2;
        String body = message.substring(0, trailerStart);
        String trailer = message.substring(trailerStart, end);
        int comma = trailer.indexOf(',');
        if (comma < 1 || !trailer.substring(0, comma).matches("\\d{1,9}")) {
            throw ProtocolException.corrupt("record list trailer is not 'count,checksum': " + trailer, trailerStart);
        }
        int count = Integer.parseInt(trailer.substring(0, comma));
        long sent = LibreTextReply.hex(trailer.substring(comma + 1), trailerStart + comma + 1L);
        long computed = LibreTextReply.checksum(body);
        if (sent != computed) {
            throw ProtocolException.corrupt(String.format("record list checksum %08X, computed %08X", sent, computed),
                    trailerStart);
        }
        List<List<String>> records = new ArrayList<>();
        for (String line : body.split("\r\n")) {
            if (!line.isEmpty()) {
                records.add(Arrays.asList(line.split(",", -1)));
            }
        }
        if (records.size() != count) {
            throw ProtocolException.corrupt("record list announces " + count + " records but has " + records.size(),
                    trailerStart);
        }
        return records;
    }

    /** The reply message for these CSV lines; the simulator uses this. */
    public static String format(List<String> lines) {
        if (lines.isEmpty()) {
            return EMPTY;
        }
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            body.append(line).append("\r\n");
        }
        return body + String.format("%d,%08X\r\n", lines.size(), LibreTextReply.checksum(body.toString()));
    }
}
