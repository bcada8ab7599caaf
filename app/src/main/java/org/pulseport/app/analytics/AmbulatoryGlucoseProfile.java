package org.pulseport.app.analytics;

import java.util.List;
import java.util.Objects;

/**
 * Everything an AGP report shows for one window: consensus metrics, the percentile curves by time of day
 * and one profile per day. Glucose values are mg/dL.
 */
public record AmbulatoryGlucoseProfile(AgpWindow window, AgpOptions options, GlucoseMetrics metrics,
                                       List<AgpPercentiles> percentiles, List<DailyGlucoseProfile> dailyProfiles) {

    public AmbulatoryGlucoseProfile {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(metrics, "metrics");
        percentiles = List.copyOf(percentiles);
        dailyProfiles = List.copyOf(dailyProfiles);
    }
}
