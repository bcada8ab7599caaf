package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.pulseport.app.analytics.AgpCalculator;
import org.pulseport.app.analytics.AgpOptions;
import org.pulseport.app.analytics.AgpWindow;
import org.pulseport.app.report.AgpReportInput;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;

/** The Ambulatory Glucose Profile of a profile's recent days, ready for the report, the CSV and the views. */
public final class GlucoseReports {

    private final SampleQueries samples;
    private final Clock clock;

    public GlucoseReports(SampleQueries samples, Clock clock) {
        this.samples = samples;
        this.clock = clock;
    }

    /** The AGP of the {@code days} local days ending today (in the profile's zone), in the given unit. */
    public AgpReportInput agp(Profile profile, int days, GlucoseUnit unit) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("An AGP covers 1 to 366 days, not " + days + ".");
        }
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        AgpWindow window = AgpWindow.endingOn(today, days, profile.timeZone());
        var series = samples.series(profile.id(), MetricType.GLUCOSE, Instant.ofEpochMilli(window.startMillis()),
                Instant.ofEpochMilli(window.endMillis()));
        return new AgpReportInput(profile, AgpCalculator.compute(series, window, AgpOptions.defaults()), unit, clock.instant());
    }
}
