package org.pulseport.app.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.pulseport.app.analytics.AgpCalculator;
import org.pulseport.app.analytics.AgpOptions;
import org.pulseport.app.analytics.AgpWindow;
import org.pulseport.app.analytics.AmbulatoryGlucoseProfile;
import org.pulseport.app.analytics.TestSeries;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;

/** Realistic report inputs: 14 days of 5-minute CGM data with a daily rhythm, noise and one sensor gap. */
final class ReportFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Profile PROFILE = new Profile(42, "Erika Mustermann", BERLIN);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);
    static final Instant GENERATED = Instant.parse("2025-04-01T08:30:00Z");

    private ReportFixtures() {
    }

    static TimeSeries cgm() {
        Random random = new Random(11);
        TimeSeries all = TestSeries.every(BERLIN, "2025-03-18T00:00", Duration.ofMinutes(5), 14 * 288,
                i -> 140 + 60 * Math.sin(2 * Math.PI * (i % 288) / 288.0 - 1.2) + random.nextGaussian() * 25);
        TimeSeries.Builder withGap = new TimeSeries.Builder();
        for (int i = 0; i < all.size(); i++) {
            if (i < 1000 || i > 1030) {
                withGap.add(all.epochMillis(i), Math.max(40, all.value(i)));
            }
        }
        return withGap.build();
    }

    static AmbulatoryGlucoseProfile agp(TimeSeries readings) {
        return AgpCalculator.compute(readings, AgpWindow.endingOn(LAST_DAY, AgpWindow.DEFAULT_DAYS, BERLIN),
                AgpOptions.defaults());
    }

    static AgpReportInput input(GlucoseUnit unit) {
        return new AgpReportInput(PROFILE, agp(cgm()), unit, GENERATED);
    }
}
