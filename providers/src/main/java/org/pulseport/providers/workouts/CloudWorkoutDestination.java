package org.pulseport.providers.workouts;

import java.util.function.Supplier;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.core.workout.sync.WorkoutPush;
import org.pulseport.providers.http.MalformedRecordException;
import org.pulseport.providers.oauth.OAuthProvider;
import org.pulseport.providers.oauth.OAuthRegistration;
import org.pulseport.providers.oauth.OAuthSource;

/**
 * The part every cloud workout destination shares: identity, the OAuth2 registration users connect through (the
 * app treats it like a source connector's, see {@link OAuthSource}), and turning what its client throws
 * (classified {@link PulseportException}s, unreadable answers) into a {@link DestinationResult}. Subclasses
 * implement the four operations and may simply throw.
 */
public abstract class CloudWorkoutDestination extends OAuthProvider implements WorkoutDestination {

    protected CloudWorkoutDestination(String id, String displayName, OAuthRegistration registration) {
        super(id, displayName, registration);
    }

    @Override
    public final DestinationResult syncWorkout(DestinationCall call, WorkoutPush push) {
        return guarded(() -> pushWorkout(call, push));
    }

    @Override
    public final DestinationResult syncScheduledWorkout(DestinationCall call, SchedulePush push) {
        return guarded(() -> pushSchedule(call, push));
    }

    @Override
    public final DestinationResult deleteWorkout(DestinationCall call, String remoteId) {
        return guarded(() -> removeWorkout(call, remoteId));
    }

    @Override
    public final DestinationResult deleteScheduledWorkout(DestinationCall call, String remoteId) {
        return guarded(() -> removeSchedule(call, remoteId));
    }

    protected abstract DestinationResult pushWorkout(DestinationCall call, WorkoutPush push);

    protected abstract DestinationResult pushSchedule(DestinationCall call, SchedulePush push);

    protected abstract DestinationResult removeWorkout(DestinationCall call, String remoteId);

    protected abstract DestinationResult removeSchedule(DestinationCall call, String remoteId);

    private DestinationResult guarded(Supplier<DestinationResult> work) {
        try {
            return work.get();
        } catch (PulseportException e) {
            return new DestinationResult.Failed(e.error());
        } catch (MalformedRecordException e) {
            return new DestinationResult.Failed(new PulseportError.ProviderError(
                    id() + " answered with JSON Pulseport cannot read: " + e.getMessage()));
        } catch (UnsupportedStepException e) {
            return new DestinationResult.Failed(new PulseportError.InvalidRecord(e.getMessage()));
        }
    }
}
