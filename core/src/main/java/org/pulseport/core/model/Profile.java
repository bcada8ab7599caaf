package org.pulseport.core.model;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A person whose data Pulseport keeps: the athlete or patient using the app, or one of a clinic's patients.
 * Local calendar days (daily statistics, reports) are computed in the profile's time zone.
 */
public record Profile(long id, String name, ZoneId timeZone) {

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
