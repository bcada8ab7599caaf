package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.Objects;
import org.pulseport.core.model.TimeSeries;

/** One local day's glucose readings (mg/dL) for the small multiples of an AGP report; may be empty. */
public record DailyGlucoseProfile(LocalDate day, TimeSeries readings) {

    public DailyGlucoseProfile {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(readings, "readings");
    }
}
