package org.pulseport.app.report;

import java.util.List;

/** Writes RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they need it. */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv row(String... fields) {
        return row(List.of(fields));
    }

    Csv row(List<String> fields) {
        out.append(line(fields));
        return this;
    }

    /** One CSV line of these fields, with its CRLF. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.contains(",") || field.contains("\"") || field.contains("\n")
                || field.contains("\r");
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
