package org.pulseport.devices.fit;

import java.util.Map;
import org.pulseport.core.workout.Intensity;

/**
 * FIT numbers of the workout_step enums Pulseport writes and reads ({@code wkt_step_duration},
 * {@code wkt_step_target}, {@code intensity}) and the offsets FIT adds to absolute heart rate and power.
 */
final class WorkoutStepCodes {

    static final int DURATION_TIME = 0;
    static final int DURATION_DISTANCE = 1;
    static final int DURATION_HR_LESS_THAN = 2;
    static final int DURATION_HR_GREATER_THAN = 3;
    static final int DURATION_CALORIES = 4;
    static final int DURATION_OPEN = 5;
    static final int DURATION_REPEAT_UNTIL_STEPS_COMPLETE = 6;
    static final int DURATION_POWER_LESS_THAN = 14;
    static final int DURATION_POWER_GREATER_THAN = 15;

    static final int TARGET_SPEED = 0;
    static final int TARGET_HEART_RATE = 1;
    static final int TARGET_OPEN = 2;
    static final int TARGET_CADENCE = 3;
    static final int TARGET_POWER = 4;

    /** Heart rates from 100 up are absolute: bpm + 100; below 100 they are percent of maximum. */
    static final int HEART_RATE_OFFSET = 100;
    /** Power from 1000 up is absolute: watts + 1000; below 1000 it is percent of FTP. */
    static final int POWER_OFFSET = 1000;

    static final int FILE_TYPE_WORKOUT = 5;

    /** FIT intensities without a Pulseport match (interval, other) read as ACTIVE. */
    static final FitEnumCodes<Intensity> INTENSITIES = new FitEnumCodes<>(Intensity.class, Map.of(
            Intensity.ACTIVE, 0,
            Intensity.REST, 1,
            Intensity.WARMUP, 2,
            Intensity.COOLDOWN, 3,
            Intensity.RECOVERY, 4), Intensity.ACTIVE);

    private WorkoutStepCodes() {
    }
}
