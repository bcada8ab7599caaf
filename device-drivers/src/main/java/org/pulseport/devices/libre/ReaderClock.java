package org.pulseport.devices.libre;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.pulseport.devices.download.ProtocolException;

/**
 * The reader keeps local wall-clock time without a zone, to the minute. Pulseport compares it with the
 * computer's local time and moves every reading by the difference (whole minutes) before placing it in the
 * computer's zone.
 */
public record ReaderClock(Duration offset, ZoneId zone) {

    /** The reader's clock from the {@code $date?} ("M,D,YY") and {@code $time?} ("H,M") replies. */
    public static LocalDateTime parse(String date, String time) throws ProtocolException {
        List<String> d = List.of(date.trim().split(","));
        List<String> t = List.of(time.trim().split(","));
        if (d.size() != 3 || t.size() != 2 || !(date + "," + time).trim().replace("\r\n", "").matches("[\\d,]+")) {
            throw ProtocolException.corrupt("reader clock replies are not 'M,D,YY' and 'H,M': " + date.trim() + " / "
                    + time.trim());
        }
        if (d.contains("255") || t.contains("255")) {
            throw new ProtocolException(ProtocolException.Kind.REJECTED,
                    "the reader's clock is not set; set date and time on the reader first", -1);
        }
        try {
            return LocalDateTime.of(2000 + Integer.parseInt(d.get(2)), Integer.parseInt(d.get(0)),
                    Integer.parseInt(d.get(1)), Integer.parseInt(t.get(0)), Integer.parseInt(t.get(1)));
        } catch (RuntimeException e) {
            throw ProtocolException.corrupt("reader clock is invalid: " + date.trim() + " " + time.trim());
        }
    }

    /** The correction for a reader showing {@code readerNow} at {@code computerNow}, rounded to whole minutes. */
    public static ReaderClock measure(LocalDateTime readerNow, Instant computerNow, ZoneId zone) {
        Duration raw = Duration.between(LocalDateTime.ofInstant(computerNow, zone), readerNow);
        return new ReaderClock(Duration.ofMinutes(Math.round(raw.getSeconds() / 60.0)), zone);
    }

    public Instant toUtc(LocalDateTime readerTime) {
        return readerTime.minus(offset).atZone(zone).toInstant();
    }

    public ZoneOffset utcOffset(Instant instant) {
        return zone.getRules().getOffset(instant);
    }
}
