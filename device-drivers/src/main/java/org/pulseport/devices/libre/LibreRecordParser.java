package org.pulseport.devices.libre;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.pulseport.devices.download.ProtocolException;

/**
 * Reads glucose readings out of {@code $history?} and {@code $arresult?} records. Field positions (0-based):
 * id 0, type 1, month 2, day 3, two-digit year 4, hour 5, minute 6, second 7; history value 12 and error flags 14
 * (non-zero, e.g. 32768 while the sensor warms up, means no valid value); result reading kind 9 (0 blood
 * glucose strip, 1 ketone strip, 2 sensor scan) and value 12. Pure.
 */
public final class LibreRecordParser {

    /** What a record turned out to be: a reading, or a record that is deliberately not one (with why). */
    public sealed interface Parsed {
        /** A glucose reading. */
        record Reading(LibreReading reading) implements Parsed {
        }

        /** Not a sensor glucose reading (strip result, time change, sensor not ready). */
        record NotAReading(String reason) implements Parsed {
        }
    }

    static final int HISTORY_FIELDS = 15;
    static final int RESULT_FIELDS = 13;
    private static final int VALUE = 12;
    private static final int HISTORY_ERRORS = 14;
    private static final int RESULT_TYPE_READING = 2;
    private static final int RESULT_KIND = 9;
    private static final int SENSOR_SCAN = 2;

    private LibreRecordParser() {
    }

    public static Parsed history(List<String> fields) throws ProtocolException {
        requireFields(fields, HISTORY_FIELDS);
        if (number(fields, HISTORY_ERRORS) != 0) {
            return new Parsed.NotAReading("sensor not ready");
        }
        return new Parsed.Reading(new LibreReading(LibreReading.Kind.HISTORIC, number(fields, 0), time(fields),
                (int) number(fields, VALUE)));
    }

    public static Parsed result(List<String> fields) throws ProtocolException {
        requireFields(fields, 2);
        if (number(fields, 1) != RESULT_TYPE_READING) {
            return new Parsed.NotAReading("reader event");
        }
        requireFields(fields, RESULT_FIELDS);
        long kind = number(fields, RESULT_KIND);
        if (kind != SENSOR_SCAN) {
            return new Parsed.NotAReading(kind == 0 ? "blood glucose strip" : "ketone strip");
        }
        return new Parsed.Reading(new LibreReading(LibreReading.Kind.SCAN, number(fields, 0), time(fields),
                (int) number(fields, VALUE)));
    }

    private static void requireFields(List<String> fields, int count) throws ProtocolException {
        if (fields.size() < count) {
            throw ProtocolException.corrupt("record has " + fields.size() + " fields, expected at least " + count);
        }
    }

    private static LocalDateTime time(List<String> fields) throws ProtocolException {
        try {
            return LocalDateTime.of(2000 + (int) number(fields, 4), (int) number(fields, 2), (int) number(fields, 3),
                    (int) number(fields, 5), (int) number(fields, 6), (int) number(fields, 7));
        } catch (DateTimeException e) {
            throw ProtocolException.corrupt("record " + fields.get(0) + " has an invalid date: " + e.getMessage());
        }
    }

    private static long number(List<String> fields, int index) throws ProtocolException {
        return parseNumber(fields.get(index).trim()).orElseThrow(() -> ProtocolException.corrupt(
                "field " + index + " of record " + fields.get(0) + " is not a number: " + fields.get(index)));
    }

    private static Optional<Long> parseNumber(String text) {
        if (!text.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
