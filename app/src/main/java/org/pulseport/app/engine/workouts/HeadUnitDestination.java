package org.pulseport.app.engine.workouts;

import java.util.Locale;
import java.util.function.Supplier;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.core.workout.sync.WorkoutPush;

/**
 * A USB head unit ({@code garmin-usb}, {@code wahoo-usb}) as a destination, "written on the next connection":
 * while the unit is not connected every operation answers {@link DestinationResult.Waiting}, so the entry stays
 * pending without using a retry; once it is, the workout file is written through the {@link HeadUnitWorkoutWriter}.
 * Head units have no calendar: a scheduled workout puts its workout on the unit, and removing a schedule leaves the
 * workout there.
 */
public final class HeadUnitDestination implements WorkoutDestination {

    private static final String SUFFIX = "-usb";

    private final String family;
    private final String displayName;
    private final HeadUnitWorkoutWriter writer;

    public HeadUnitDestination(String family, String displayName, HeadUnitWorkoutWriter writer) {
        this.family = family;
        this.displayName = displayName;
        this.writer = writer;
    }

    /** Whether a destination id names a head unit written over USB (rather than a cloud API). */
    public static boolean isHeadUnit(String destinationId) {
        return destinationId.endsWith(SUFFIX);
    }

    @Override
    public String id() {
        return family + SUFFIX;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public DestinationResult syncWorkout(DestinationCall call, WorkoutPush push) {
        String fileName = "pulseport-" + push.workoutId().toString().substring(0, 8).toUpperCase(Locale.ROOT) + ".fit";
        return whenConnected(call, () -> new DestinationResult.Synced(
                writer.write(call.profileId(), family, fileName, push.workout())));
    }

    @Override
    public DestinationResult syncScheduledWorkout(DestinationCall call, SchedulePush push) {
        return push.workoutRemoteId().<DestinationResult>map(DestinationResult.Synced::new)
                .orElseGet(() -> syncWorkout(call, push.workout()));
    }

    @Override
    public DestinationResult deleteWorkout(DestinationCall call, String remoteId) {
        return whenConnected(call, () -> {
            writer.delete(call.profileId(), family, remoteId);
            return new DestinationResult.Deleted();
        });
    }

    @Override
    public DestinationResult deleteScheduledWorkout(DestinationCall call, String remoteId) {
        return new DestinationResult.NotApplicable("head units keep workouts, not a calendar");
    }

    private DestinationResult whenConnected(DestinationCall call, Supplier<DestinationResult> work) {
        if (!writer.connected(call.profileId(), family)) {
            return new DestinationResult.Waiting("written when the " + displayName + " is next connected");
        }
        try {
            return work.get();
        } catch (PulseportException e) {
            return new DestinationResult.Failed(e.error());
        }
    }
}
