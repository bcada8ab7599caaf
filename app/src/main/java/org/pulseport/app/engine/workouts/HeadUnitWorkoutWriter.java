package org.pulseport.app.engine.workouts;

import org.pulseport.core.workout.Workout;

/**
 * Writes workout files to a mounted head unit (the device work implements it with the FIT encoder and the
 * unit's workout folder). Methods other than {@link #connected} are only called while the unit is connected, and
 * throw a {@code PulseportException} with a classified error when the write fails.
 */
public interface HeadUnitWorkoutWriter {

    /** Whether a unit of this family ({@code garmin}, {@code wahoo}) paired with the profile is mounted now. */
    boolean connected(long profileId, String family);

    /** Writes or replaces the workout under {@code fileName}; returns the file's path on the unit. */
    String write(long profileId, String family, String fileName, Workout workout);

    /** Deletes the workout file at {@code path}; a missing file is not an error. */
    void delete(long profileId, String family, String path);

    /** No head unit ever connected (until the device work provides a writer). */
    static HeadUnitWorkoutWriter none() {
        return new HeadUnitWorkoutWriter() {
            @Override
            public boolean connected(long profileId, String family) {
                return false;
            }

            @Override
            public String write(long profileId, String family, String fileName, Workout workout) {
                throw new IllegalStateException("no head unit is connected");
            }

            @Override
            public void delete(long profileId, String family, String path) {
                throw new IllegalStateException("no head unit is connected");
            }
        };
    }
}
