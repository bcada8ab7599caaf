package org.pulseport.app.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pulseport.core.model.TimeSeries;

/**
 * Cuts a time-ordered series into local calendar days of a time zone. Day boundaries are local midnights
 * resolved through the zone's rules, so a spring-forward day spans 23 hours and a fall-back day 25 hours.
 * The zone is consulted once per day, not once per reading.
 */
public final class DaySlices {

    /** Receives one day's index range [from, to) of the series. */
    @FunctionalInterface
    public interface DayRangeConsumer {
        void accept(LocalDate day, int from, int to);
    }

    private DaySlices() {
    }

    /** Calls the consumer once per local day that has readings, in time order. */
    public static void forEachDay(TimeSeries series, ZoneId zone, DayRangeConsumer consumer) {
        int from = 0;
        while (from < series.size()) {
            LocalDate day = Instant.ofEpochMilli(series.epochMillis(from)).atZone(zone).toLocalDate();
            long nextMidnight = startOfDay(day.plusDays(1), zone);
            int to = from + 1;
            while (to < series.size() && series.epochMillis(to) < nextMidnight) {
                to++;
            }
            consumer.accept(day, from, to);
            from = to;
        }
    }

    /** Epoch milliseconds of the first instant of a local day in a zone (DST gaps at midnight included). */
    public static long startOfDay(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
