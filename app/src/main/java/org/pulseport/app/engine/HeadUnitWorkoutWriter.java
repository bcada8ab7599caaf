package org.pulseport.app.engine;

import org.pulseport.core.workout.Workout;
import org.pulseport.devices.headunit.HeadUnit;

/** A connected head unit as a workout destination ({@code garmin-usb}, {@code wahoo-usb}) for the workout queue. */
@FunctionalInterface
public interface HeadUnitWorkoutWriter {

    /** Writes the workout as a FIT workout file into the folder the unit declares for new workouts. */
    WorkoutWriteResult write(HeadUnit unit, Workout workout);
}
