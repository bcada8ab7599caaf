package org.pulseport.app.ui;

import java.time.ZoneId;
import javafx.beans.value.ObservableValue;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/**
 * What every profile view depends on: the selected profile and the chosen glucose unit, observed together.
 */
public final class ProfileContext {

    private final ObservableValue<Profile> profile;
    private final ObservableValue<GlucoseUnit> unit;

    public ProfileContext(ObservableValue<Profile> profile, ObservableValue<GlucoseUnit> unit) {
        this.profile = profile;
        this.unit = unit;
    }

    /** Calls {@code reload} when another profile is selected and {@code present} when the unit changes. */
    public void observe(Runnable reload, Runnable present) {
        profile.addListener((o, before, now) -> reload.run());
        unit.addListener((o, before, now) -> present.run());
    }

    /** The selected profile, or null when there is none. */
    public Profile profile() {
        return profile.getValue();
    }

    public boolean isSelected(Profile candidate) {
        return candidate.equals(profile.getValue());
    }

    public GlucoseUnit unit() {
        return unit.getValue();
    }

    /** The selected profile's time zone (this computer's when none is selected), for labelling times. */
    public ZoneId zone() {
        Profile p = profile.getValue();
        return p == null ? ZoneId.systemDefault() : p.timeZone();
    }
}
