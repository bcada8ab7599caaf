package org.pulseport.app.engine.workouts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pulseport.app.store.ProviderRef;
import org.pulseport.app.store.ProviderRefRepository;
import org.pulseport.app.store.StoredSchedule;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.app.store.WorkoutJson;
import org.pulseport.app.store.WorkoutRepository;
import org.pulseport.app.store.WorkoutSyncQueueRepository;
import org.pulseport.core.workout.Workout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits workouts and the calendar, and queues their sync exactly as the seed's triggers say: create queues a
 * create for every enabled destination; an update queues an update only when the workout's content (name, sport,
 * steps) or the schedule's date/time changed; a delete queues a delete only at enabled destinations that hold a
 * copy. Every method does database work: callers run it off the UI thread (the views use {@code TaskRunner}).
 */
public final class WorkoutService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkoutService.class);

    private final WorkoutRepository workouts;
    private final WorkoutSyncQueueRepository queue;
    private final ProviderRefRepository refs;
    private final UploadTargets targets;
    private final Clock clock;

    public WorkoutService(WorkoutRepository workouts, WorkoutSyncQueueRepository queue, ProviderRefRepository refs,
                          UploadTargets targets, Clock clock) {
        this.workouts = workouts;
        this.queue = queue;
        this.refs = refs;
        this.targets = targets;
        this.clock = clock;
    }

    public List<StoredWorkout> library(long profileId) {
        return workouts.library(profileId);
    }

    public Optional<StoredWorkout> find(UUID id) {
        return workouts.find(id);
    }

    public List<StoredSchedule> calendar(long profileId, Instant from, Instant to) {
        return workouts.calendar(profileId, from, to);
    }

    public StoredWorkout create(long profileId, Workout workout) {
        StoredWorkout stored = workouts.create(profileId, workout, clock.instant());
        enqueueForEnabled(profileId, SyncEntity.WORKOUT, stored.id(), SyncOperation.CREATE);
        return stored;
    }

    /** Saves the workout; queues updates only when its content changed. Empty when there is no such workout. */
    public Optional<StoredWorkout> update(UUID id, Workout workout) {
        Optional<StoredWorkout> before = workouts.find(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (sameContent(before.get().workout(), workout)) {
            return before;
        }
        Optional<StoredWorkout> after = workouts.update(id, workout, clock.instant());
        enqueueForEnabled(before.get().profileId(), SyncEntity.WORKOUT, id, SyncOperation.UPDATE);
        return after;
    }

    /** Deletes the workout and its scheduled workouts, queueing deletes where they were synced. */
    public boolean delete(UUID id) {
        Optional<StoredWorkout> stored = workouts.find(id);
        if (stored.isEmpty()) {
            return false;
        }
        List<StoredSchedule> schedules = workouts.schedulesOf(id);
        workouts.delete(id);
        for (StoredSchedule schedule : schedules) {
            enqueueDeletes(schedule.profileId(), SyncEntity.SCHEDULED_WORKOUT, schedule.id());
        }
        enqueueDeletes(stored.get().profileId(), SyncEntity.WORKOUT, id);
        return true;
    }

    public StoredSchedule schedule(UUID workoutId, ZonedDateTime startsAt) {
        StoredWorkout workout = workouts.find(workoutId)
                .orElseThrow(() -> new IllegalArgumentException("no workout " + workoutId));
        StoredSchedule stored = workouts.schedule(workout.profileId(), workoutId, startsAt, clock.instant());
        enqueueForEnabled(workout.profileId(), SyncEntity.SCHEDULED_WORKOUT, stored.id(), SyncOperation.CREATE);
        return stored;
    }

    /** Moves a scheduled workout; queues updates only when the date/time changed. */
    public Optional<StoredSchedule> reschedule(UUID scheduleId, ZonedDateTime startsAt) {
        Optional<StoredSchedule> before = workouts.findSchedule(scheduleId);
        if (before.isEmpty() || before.get().startsAt().toInstant().equals(startsAt.toInstant())) {
            return before;
        }
        Optional<StoredSchedule> after = workouts.reschedule(scheduleId, startsAt, clock.instant());
        enqueueForEnabled(before.get().profileId(), SyncEntity.SCHEDULED_WORKOUT, scheduleId, SyncOperation.UPDATE);
        return after;
    }

    public boolean unschedule(UUID scheduleId) {
        Optional<StoredSchedule> stored = workouts.findSchedule(scheduleId);
        if (stored.isEmpty()) {
            return false;
        }
        workouts.deleteSchedule(scheduleId);
        enqueueDeletes(stored.get().profileId(), SyncEntity.SCHEDULED_WORKOUT, scheduleId);
        return true;
    }

    static boolean sameContent(Workout a, Workout b) {
        return a.name().equals(b.name()) && a.sport() == b.sport()
                && WorkoutJson.write(a.steps()).equals(WorkoutJson.write(b.steps()));
    }

    private void enqueueForEnabled(long profileId, SyncEntity entity, UUID id, SyncOperation operation) {
        for (String provider : targets.enabledProviders(profileId)) {
            enqueue(profileId, entity, id, operation, provider);
        }
    }

    private void enqueueDeletes(long profileId, SyncEntity entity, UUID id) {
        Set<String> synced = refs.of(entity.code(), id).stream().map(ProviderRef::provider).collect(Collectors.toSet());
        for (String provider : targets.enabledProviders(profileId)) {
            if (synced.contains(provider)) {
                enqueue(profileId, entity, id, SyncOperation.DELETE, provider);
            }
        }
    }

    private void enqueue(long profileId, SyncEntity entity, UUID id, SyncOperation operation, String provider) {
        queue.enqueue(profileId, entity.code(), id, operation.code(), provider, clock.instant()).ifPresent(entry ->
                LOG.info("queued {} of {} {} for {} (entry {})", operation.code(), entity.code(), id, provider, entry));
    }
}
