package org.pulseport.app.analytics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.IntToDoubleFunction;
import org.pulseport.core.model.TimeSeries;

/** Builds test series from local wall-clock times. */
public final class TestSeries {

    private TestSeries() {
    }

    /** {@code count} readings every {@code step} from a local start time; value(i) gives the i-th value. */
    public static TimeSeries every(ZoneId zone, String localStart, Duration step, int count,
                                   IntToDoubleFunction value) {
        ZonedDateTime start = LocalDateTime.parse(localStart).atZone(zone);
        TimeSeries.Builder builder = new TimeSeries.Builder();
        for (int i = 0; i < count; i++) {
            builder.add(start.toInstant().plus(step.multipliedBy(i)).toEpochMilli(), value.applyAsDouble(i));
        }
        return builder.build();
    }

    /** Readings at local times, given as alternating "yyyy-MM-ddTHH:mm" strings and values. */
    public static TimeSeries at(ZoneId zone, Object... timeValuePairs) {
        TimeSeries.Builder builder = new TimeSeries.Builder();
        for (int i = 0; i < timeValuePairs.length; i += 2) {
            long millis = LocalDateTime.parse((String) timeValuePairs[i]).atZone(zone).toInstant().toEpochMilli();
            builder.add(millis, ((Number) timeValuePairs[i + 1]).doubleValue());
        }
        return builder.build();
    }
}
