package org.pulseport.app.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Workout;

/** Workouts and scheduled workouts: the library and the calendar of each profile. */
public final class WorkoutRepository {

    private final SessionFactory sessions;

    public WorkoutRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public StoredWorkout create(long profileId, Workout workout, Instant now) {
        return sessions.fromTransaction(s -> {
            WorkoutEntity entity = new WorkoutEntity(UUID.randomUUID(), profileId, workout.name(), workout.sport().name(),
                    WorkoutJson.write(workout.steps()), now);
            s.persist(entity);
            return toRecord(entity);
        });
    }

    /** Replaces a workout's name, sport and steps; empty when there is no such workout. */
    public Optional<StoredWorkout> update(UUID id, Workout workout, Instant now) {
        return sessions.fromTransaction(s -> Optional.ofNullable(s.find(WorkoutEntity.class, id)).map(entity -> {
            entity.change(workout.name(), workout.sport().name(), WorkoutJson.write(workout.steps()), now);
            return toRecord(entity);
        }));
    }

    public Optional<StoredWorkout> find(UUID id) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(WorkoutEntity.class, id)).map(WorkoutRepository::toRecord));
    }

    public List<StoredWorkout> library(long profileId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from WorkoutEntity where profileId = :p order by lower(name)", WorkoutEntity.class)
                .setParameter("p", profileId).getResultList().stream().map(WorkoutRepository::toRecord).toList());
    }

    /** Deletes a workout (its scheduled workouts go with it); false when there was none. */
    public boolean delete(UUID id) {
        return sessions.fromTransaction(s -> {
            WorkoutEntity entity = s.find(WorkoutEntity.class, id);
            if (entity == null) {
                return false;
            }
            s.createMutationQuery("delete from ScheduledWorkoutEntity where workoutId = :w").setParameter("w", id)
                    .executeUpdate();
            s.remove(entity);
            return true;
        });
    }

    public StoredSchedule schedule(long profileId, UUID workoutId, ZonedDateTime startsAt, Instant now) {
        return sessions.fromTransaction(s -> {
            ScheduledWorkoutEntity entity = new ScheduledWorkoutEntity(UUID.randomUUID(), profileId, workoutId,
                    startsAt.toInstant(), startsAt.getZone().getId(), now);
            s.persist(entity);
            return toRecord(entity);
        });
    }

    public Optional<StoredSchedule> reschedule(UUID id, ZonedDateTime startsAt, Instant now) {
        return sessions.fromTransaction(s -> Optional.ofNullable(s.find(ScheduledWorkoutEntity.class, id)).map(entity -> {
            entity.move(startsAt.toInstant(), startsAt.getZone().getId(), now);
            return toRecord(entity);
        }));
    }

    public Optional<StoredSchedule> findSchedule(UUID id) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(ScheduledWorkoutEntity.class, id))
                .map(WorkoutRepository::toRecord));
    }

    /** A profile's scheduled workouts starting in [from, to), earliest first. */
    public List<StoredSchedule> calendar(long profileId, Instant from, Instant to) {
        return sessions.fromSession(s -> s.createSelectionQuery("from ScheduledWorkoutEntity where profileId = :p"
                        + " and startsAt >= :from and startsAt < :to order by startsAt", ScheduledWorkoutEntity.class)
                .setParameter("p", profileId).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(WorkoutRepository::toRecord).toList());
    }

    public List<StoredSchedule> schedulesOf(UUID workoutId) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from ScheduledWorkoutEntity where workoutId = :w order by startsAt", ScheduledWorkoutEntity.class)
                .setParameter("w", workoutId).getResultList().stream().map(WorkoutRepository::toRecord).toList());
    }

    public boolean deleteSchedule(UUID id) {
        return sessions.fromTransaction(s -> {
            ScheduledWorkoutEntity entity = s.find(ScheduledWorkoutEntity.class, id);
            if (entity != null) {
                s.remove(entity);
            }
            return entity != null;
        });
    }

    private static StoredWorkout toRecord(WorkoutEntity e) {
        return new StoredWorkout(e.getId(), e.getProfileId(),
                new Workout(e.getName(), Sport.valueOf(e.getSport()), WorkoutJson.read(e.getStepsJson())),
                e.getCreatedAt(), e.getUpdatedAt());
    }

    private static StoredSchedule toRecord(ScheduledWorkoutEntity e) {
        return new StoredSchedule(e.getId(), e.getProfileId(), e.getWorkoutId(),
                e.getStartsAt().atZone(ZoneId.of(e.getTimeZone())), e.getUpdatedAt());
    }
}
