package org.pulseport.app.engine.workouts;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.pulseport.app.store.ProviderRef;
import org.pulseport.app.store.ProviderRefRepository;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.StoredSchedule;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.app.store.WorkoutRepository;
import org.pulseport.core.connector.Credentials;
import org.pulseport.core.connector.RequestPermits;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.workout.sync.DestinationCall;
import org.pulseport.core.workout.sync.DestinationResult;
import org.pulseport.core.workout.sync.SchedulePush;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.core.workout.sync.WorkoutPush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one queue entry against its destination and keeps the provider references right; it does not
 * touch the queue row (the worker records the outcome), so a crash between the two leaves the entry pending.
 *
 * <p>A sign-in the destination rejects is renewed once (an OAuth refresh) and the operation tried again; when the
 * renewal is refused, the entry gets the auth error.
 *
 * <p>Crash safety: before a create is sent the reference is marked "in doubt"; the id a destination returns is
 * recorded at once. A retry therefore either updates the known remote copy, or (still in doubt) lets the
 * destination look for the copy by its idempotency key before creating one.
 */
public final class WorkoutSyncProcessor {

    /** Request pacing per (profile, provider). */
    @FunctionalInterface
    public interface Permits {
        RequestPermits of(long profileId, String provider);
    }

    private static final Logger LOG = LoggerFactory.getLogger(WorkoutSyncProcessor.class);

    private final WorkoutRepository workouts;
    private final ProviderRefRepository refs;
    private final WorkoutDestinations destinations;
    private final DestinationCredentials credentials;
    private final Permits permits;
    private final Clock clock;

    public WorkoutSyncProcessor(WorkoutRepository workouts, ProviderRefRepository refs, WorkoutDestinations destinations,
                                DestinationCredentials credentials, Permits permits, Clock clock) {
        this.workouts = workouts;
        this.refs = refs;
        this.destinations = destinations;
        this.credentials = credentials;
        this.permits = permits;
        this.clock = clock;
    }

    /** The key a destination may use as external id: stable per entity, the same at every destination. */
    public static String idempotencyKey(SyncEntity entity, UUID id) {
        return "pulseport-" + entity.code() + "-" + id;
    }

    public DestinationResult process(QueueEntry entry) {
        LOG.info("Processing {} {} {} {} (attempt {})", entry.provider(), entry.entityType(), entry.entityId(),
                entry.operation(), entry.retryCount() + 1);
        Optional<WorkoutDestination> destination = destinations.find(entry.provider());
        if (destination.isEmpty()) {
            return failed(new PulseportError.UnexpectedError("no workout destination named '" + entry.provider() + "'"));
        }
        try {
            Optional<Credentials> access = credentials.of(entry.profileId(), entry.provider());
            if (access.isEmpty()) {
                return failed(new PulseportError.AuthError(destination.get().displayName() + " is not connected for profile "
                        + entry.profileId()));
            }
            DestinationResult result = attempt(entry, destination.get(), access.get());
            if (signInRejected(result)) {
                Optional<Credentials> renewed = credentials.renewed(entry.profileId(), entry.provider());
                if (renewed.isPresent()) {
                    LOG.info("{} rejected the sign-in for queue entry {}; trying once more with renewed tokens",
                            entry.provider(), entry.id());
                    result = attempt(entry, destination.get(), renewed.get());
                }
            }
            log(entry, result);
            return result;
        } catch (PulseportException e) {
            return failed(e.error());
        }
    }

    private DestinationResult attempt(QueueEntry entry, WorkoutDestination destination, Credentials access) {
        DestinationCall call = new DestinationCall(entry.profileId(), access, permits.of(entry.profileId(), entry.provider()));
        return SyncEntity.of(entry.entityType()) == SyncEntity.WORKOUT
                ? workout(entry, destination, call) : schedule(entry, destination, call);
    }

    private static boolean signInRejected(DestinationResult result) {
        return result instanceof DestinationResult.Failed failed && failed.error() instanceof PulseportError.AuthError;
    }

    private DestinationResult workout(QueueEntry entry, WorkoutDestination destination, DestinationCall call) {
        if (SyncOperation.of(entry.operation()) == SyncOperation.DELETE) {
            return delete(entry, SyncEntity.WORKOUT, remoteId -> destination.deleteWorkout(call, remoteId));
        }
        Optional<StoredWorkout> stored = workouts.find(entry.entityId());
        if (stored.isEmpty()) {
            return new DestinationResult.Failed(new PulseportError.RecordNotFound(
                    "workout " + entry.entityId() + " was deleted before it was synced"));
        }
        return pushWorkout(stored.get(), destination, call);
    }

    private DestinationResult pushWorkout(StoredWorkout stored, WorkoutDestination destination, DestinationCall call) {
        Optional<ProviderRef> ref = refs.find(SyncEntity.WORKOUT.code(), stored.id(), destination.id());
        WorkoutPush push = new WorkoutPush(stored.id(), stored.workout(), stored.updatedAt(),
                idempotencyKey(SyncEntity.WORKOUT, stored.id()), ref.flatMap(ProviderRef::remoteId),
                ref.map(ProviderRef::inDoubt).orElse(false));
        return settle(SyncEntity.WORKOUT, stored.id(), stored.profileId(), destination.id(), push.remoteId(),
                () -> destination.syncWorkout(call, push));
    }

    private DestinationResult schedule(QueueEntry entry, WorkoutDestination destination, DestinationCall call) {
        if (SyncOperation.of(entry.operation()) == SyncOperation.DELETE) {
            return delete(entry, SyncEntity.SCHEDULED_WORKOUT, remoteId -> destination.deleteScheduledWorkout(call, remoteId));
        }
        Optional<StoredSchedule> schedule = workouts.findSchedule(entry.entityId());
        Optional<StoredWorkout> workout = schedule.flatMap(s -> workouts.find(s.workoutId()));
        if (workout.isEmpty()) {
            return new DestinationResult.Failed(new PulseportError.RecordNotFound(
                    "scheduled workout " + entry.entityId() + " was deleted before it was synced"));
        }
        DestinationResult onDestination = ensureWorkout(workout.get(), destination, call);
        if (onDestination instanceof DestinationResult.Failed || onDestination instanceof DestinationResult.Waiting) {
            return onDestination;
        }
        Optional<String> workoutRemoteId = onDestination instanceof DestinationResult.Synced synced
                ? Optional.of(synced.remoteId()) : Optional.empty();
        StoredSchedule stored = schedule.get();
        Optional<ProviderRef> ref = refs.find(SyncEntity.SCHEDULED_WORKOUT.code(), stored.id(), destination.id());
        WorkoutPush workoutPush = new WorkoutPush(workout.get().id(), workout.get().workout(), workout.get().updatedAt(),
                idempotencyKey(SyncEntity.WORKOUT, workout.get().id()), workoutRemoteId, false);
        SchedulePush push = new SchedulePush(workoutPush, stored.id(), stored.startsAt(),
                idempotencyKey(SyncEntity.SCHEDULED_WORKOUT, stored.id()), ref.flatMap(ProviderRef::remoteId),
                ref.map(ProviderRef::inDoubt).orElse(false));
        return settle(SyncEntity.SCHEDULED_WORKOUT, stored.id(), stored.profileId(), destination.id(), push.remoteId(),
                () -> destination.syncScheduledWorkout(call, push));
    }

    /** The workout of a schedule at the destination: its known id, or pushed now (libraries need it first). */
    private DestinationResult ensureWorkout(StoredWorkout workout, WorkoutDestination destination, DestinationCall call) {
        Optional<String> known = refs.find(SyncEntity.WORKOUT.code(), workout.id(), destination.id())
                .flatMap(ProviderRef::remoteId);
        return known.<DestinationResult>map(DestinationResult.Synced::new)
                .orElseGet(() -> pushWorkout(workout, destination, call));
    }

    private DestinationResult settle(SyncEntity entity, UUID id, long profileId, String provider, Optional<String> remoteId,
                                     java.util.function.Supplier<DestinationResult> call) {
        if (remoteId.isEmpty()) {
            refs.markInDoubt(entity.code(), id, provider, profileId, clock.instant());
        }
        DestinationResult result = call.get();
        if (result instanceof DestinationResult.Synced synced) {
            refs.saveRemote(entity.code(), id, provider, profileId, synced.remoteId(), clock.instant());
        } else if (notFound(result) || (remoteId.isEmpty() && nothingCreated(result))) {
            refs.remove(entity.code(), id, provider);
        }
        return result;
    }

    /**
     * Whether a create certainly left no remote copy: it waited, was not applicable, or was refused outright (auth,
     * rate limit, invalid). A provider error, network failure or unexpected error may have created one: the reference
     * stays in doubt so the next attempt looks for it first.
     */
    private static boolean nothingCreated(DestinationResult result) {
        if (!(result instanceof DestinationResult.Failed failed)) {
            return true;
        }
        PulseportError error = failed.error();
        return error instanceof PulseportError.AuthError || error instanceof PulseportError.RateLimited
                || error instanceof PulseportError.InvalidRecord;
    }

    private DestinationResult delete(QueueEntry entry, SyncEntity entity,
                                     java.util.function.Function<String, DestinationResult> deletion) {
        Optional<String> remoteId = refs.find(entity.code(), entry.entityId(), entry.provider()).flatMap(ProviderRef::remoteId);
        if (remoteId.isEmpty()) {
            return new DestinationResult.NotApplicable("never synced to " + entry.provider());
        }
        DestinationResult result = deletion.apply(remoteId.get());
        if (result instanceof DestinationResult.Deleted || result instanceof DestinationResult.NotApplicable || notFound(result)) {
            refs.remove(entity.code(), entry.entityId(), entry.provider());
        }
        return result;
    }

    private static boolean notFound(DestinationResult result) {
        return result instanceof DestinationResult.Failed failed && failed.error() instanceof PulseportError.RecordNotFound;
    }

    private static DestinationResult failed(PulseportError error) {
        return new DestinationResult.Failed(error);
    }

    private static void log(QueueEntry entry, DestinationResult result) {
        if (result instanceof DestinationResult.Synced synced) {
            LOG.info("Successfully {}d {} {} {} as {}", entry.operation(), entry.provider(), entry.entityType(),
                    entry.entityId(), synced.remoteId());
        } else if (result instanceof DestinationResult.Failed failed) {
            LOG.error("Error syncing {} {} to {} (queue entry {}): {}: {}", entry.entityType(), entry.entityId(),
                    entry.provider(), entry.id(), failed.error().code(), failed.error().detail());
        }
    }
}
