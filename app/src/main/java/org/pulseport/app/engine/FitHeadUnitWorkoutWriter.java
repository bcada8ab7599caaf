package org.pulseport.app.engine;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.workout.Workout;
import org.pulseport.devices.fit.FitWorkoutEncoder;
import org.pulseport.devices.headunit.HeadUnit;
import org.pulseport.devices.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes workouts as FIT workout files with Pulseport's encoder, named after the workout in plain ASCII
 * (head units show the name from inside the file; the file name only has to be safe on FAT).
 */
public final class FitHeadUnitWorkoutWriter {

    private static final Logger LOG = LoggerFactory.getLogger(FitHeadUnitWorkoutWriter.class);
    private static final int MAX_NAME = 40;

    private final FitWorkoutEncoder encoder;
    private final Clock clock;

    public FitHeadUnitWorkoutWriter(FitWorkoutEncoder encoder, Clock clock) {
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Writes the workout under a file name derived from its name. */
    public WorkoutWriteResult write(HeadUnit unit, Workout workout) {
        return write(unit, fileName(workout), workout);
    }

    /** Writes the workout as FIT into the folder the unit declares for new workouts, under {@code fileName}. */
    public WorkoutWriteResult write(HeadUnit unit, String fileName, Workout workout) {
        byte[] fit;
        try {
            fit = encoder.encode(workout, clock.instant());
        } catch (IllegalArgumentException e) {
            return new WorkoutWriteResult.Failed(new PulseportError.UnexpectedError(
                    "workout '" + workout.name() + "' cannot be written as FIT: " + e.getMessage()));
        }
        try {
            String path = unit.writeWorkout(fileName, fit);
            LOG.info("Wrote workout '{}' to {} at {}", workout.name(), unit.displayName(), path);
            return new WorkoutWriteResult.Written(path);
        } catch (TransportException e) {
            LOG.warn("Writing workout '{}' to {} failed: {}", workout.name(), unit.displayName(), e.getMessage());
            return new WorkoutWriteResult.Failed(e.error().toPulseportError());
        }
    }

    /** "Sweet Spot 3×12'" → "sweet-spot-3-12.fit". */
    static String fileName(Workout workout) {
        String ascii = Normalizer.normalize(workout.name(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String base = ascii.substring(0, Math.min(ascii.length(), MAX_NAME)).replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "workout" : base) + ".fit";
    }
}
