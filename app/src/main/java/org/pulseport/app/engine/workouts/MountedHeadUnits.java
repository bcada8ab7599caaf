package org.pulseport.app.engine.workouts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.pulseport.app.engine.FitHeadUnitWorkoutWriter;
import org.pulseport.app.engine.WorkoutWriteResult;
import org.pulseport.app.store.HeadUnitPairings;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.workout.Workout;
import org.pulseport.devices.headunit.HeadUnit;
import org.pulseport.devices.transport.TransportException;

/**
 * The head units plugged in right now, as the workout queue sees them: a unit counts for a profile when it is
 * mounted and paired with that profile; workouts are written as FIT into the folder it declares.
 */
public final class MountedHeadUnits implements HeadUnitWorkoutWriter {

    private final Supplier<List<HeadUnit>> connectedUnits;
    private final HeadUnitPairings pairings;
    private final FitHeadUnitWorkoutWriter writer;

    public MountedHeadUnits(Supplier<List<HeadUnit>> connectedUnits, HeadUnitPairings pairings, FitHeadUnitWorkoutWriter writer) {
        this.connectedUnits = connectedUnits;
        this.pairings = pairings;
        this.writer = writer;
    }

    @Override
    public boolean connected(long profileId, String family) {
        return unit(profileId, family).isPresent();
    }

    @Override
    public String write(long profileId, String family, String fileName, Workout workout) {
        HeadUnit unit = required(profileId, family);
        WorkoutWriteResult result = writer.write(unit, fileName, workout);
        if (result instanceof WorkoutWriteResult.Written written) {
            return written.path();
        }
        throw new PulseportException(((WorkoutWriteResult.Failed) result).error());
    }

    @Override
    public void delete(long profileId, String family, String path) {
        try {
            required(profileId, family).volume().delete(path);
        } catch (TransportException e) {
            throw new PulseportException(e.error().toPulseportError(), e);
        }
    }

    private HeadUnit required(long profileId, String family) {
        return unit(profileId, family).orElseThrow(() -> new PulseportException(new PulseportError.ProviderError(
                "no " + family + " unit paired with profile " + profileId + " is connected")));
    }

    private Optional<HeadUnit> unit(long profileId, String family) {
        return connectedUnits.get().stream()
                .filter(u -> u.kind().brand().toLowerCase(Locale.ROOT).equals(family))
                .filter(u -> pairings.find(u.kind().code(), u.unitId())
                        .map(device -> device.getProfileId() != null && device.getProfileId() == profileId).orElse(false))
                .findFirst();
    }
}
