package org.pulseport.app.engine;

import org.pulseport.core.model.Profile;
import org.pulseport.devices.headunit.HeadUnit;

/**
 * Work for a paired head unit while it is connected, after its activities were imported: the workout sync
 * queue registers one to write the workouts queued for the unit's destination ({@code garmin-usb},
 * {@code wahoo-usb}) with a {@link org.pulseport.app.engine.workouts.HeadUnitWorkoutWriter}.
 */
@FunctionalInterface
public interface HeadUnitFollowUp {

    void connected(HeadUnit unit, Profile profile);
}
