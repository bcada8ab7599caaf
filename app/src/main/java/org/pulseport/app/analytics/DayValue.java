package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a daily summary metric that carries the provider's own {@code day} (an Oura day, a WHOOP
 * cycle). Such values are assigned to that day as-is, whatever their instant and the profile's time zone.
 */
public record DayValue(LocalDate day, double value) {

    public DayValue {
        Objects.requireNonNull(day, "day");
    }
}
