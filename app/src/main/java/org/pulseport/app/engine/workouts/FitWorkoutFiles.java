package org.pulseport.app.engine.workouts;

import java.nio.file.Path;
import org.pulseport.core.workout.Workout;
import org.pulseport.devices.fit.FitDecodeResult;
import org.pulseport.devices.fit.FitDecoder;
import org.pulseport.devices.fit.FitWorkoutMapper;
import org.pulseport.devices.fit.WorkoutImport;

/** Reads a workout from a FIT workout file (the format head units and training platforms export). */
public final class FitWorkoutFiles {

    private FitWorkoutFiles() {
    }

    /** The file's workout; an exception whose message says why the file cannot be used. */
    public static Workout read(Path file) {
        FitDecodeResult decoded = FitDecoder.standard().decode(file);
        if (decoded instanceof FitDecodeResult.Failed failed) {
            throw new IllegalArgumentException(file + " is not a readable FIT file: " + failed.error());
        }
        WorkoutImport imported = new FitWorkoutMapper().map(decoded.messages());
        if (imported instanceof WorkoutImport.Rejected rejected) {
            throw new IllegalArgumentException(file + " holds no usable workout: " + rejected.reason());
        }
        return ((WorkoutImport.Imported) imported).workout();
    }
}
