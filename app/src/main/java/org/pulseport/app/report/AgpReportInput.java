package org.pulseport.app.report;

import java.time.Instant;
import java.util.Objects;
import org.pulseport.app.analytics.AmbulatoryGlucoseProfile;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/**
 * Everything an AGP report shows, computed beforehand: the report and its CSV export only lay it out.
 *
 * @param profile     whose glucose it is (name, id and time zone go in the header)
 * @param agp         the computed profile of the window
 * @param unit        the display unit
 * @param generatedAt when the report was made
 */
public record AgpReportInput(Profile profile, AmbulatoryGlucoseProfile agp, GlucoseUnit unit, Instant generatedAt) {

    public AgpReportInput {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(agp, "agp");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
