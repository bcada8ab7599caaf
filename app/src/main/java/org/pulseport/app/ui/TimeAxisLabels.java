package org.pulseport.app.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.util.StringConverter;

/** Labels a time axis in epoch milliseconds with local date/time text in a time zone. */
final class TimeAxisLabels extends StringConverter<Number> {

    static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("EEE d MMM");
    static final DateTimeFormatter MONTHS = DateTimeFormatter.ofPattern("d MMM yy");
    private static final long TWO_DAYS_MS = 2 * 24 * 3600_000L;
    private static final long SIXTY_DAYS_MS = 60 * 24 * 3600_000L;

    private final DateTimeFormatter format;
    private final ZoneId zone;

    TimeAxisLabels(DateTimeFormatter format, ZoneId zone) {
        this.format = format;
        this.zone = zone;
    }

    /** The labels that suit an axis spanning {@code spanMillis}. */
    static TimeAxisLabels forSpan(long spanMillis, ZoneId zone) {
        return new TimeAxisLabels(spanMillis > SIXTY_DAYS_MS ? MONTHS : spanMillis > TWO_DAYS_MS ? DAYS : HOURS, zone);
    }

    @Override
    public String toString(Number epochMillis) {
        return format.format(Instant.ofEpochMilli(epochMillis.longValue()).atZone(zone));
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
