package org.pulseport.app.engine.workouts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.ProviderRefRepository;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.UploadTargetRepository;
import org.pulseport.app.store.WorkoutRepository;
import org.pulseport.app.store.WorkoutSyncQueueRepository;
import org.pulseport.core.workout.sync.WorkoutDestination;
import org.pulseport.providers.ratelimit.KeyedRateLimiter;
import org.pulseport.providers.ratelimit.RateLimits;

/** A real store in a temporary directory, the workout sync wired as the app wires it, on a settable clock. */
final class QueueFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2024-03-01T08:00:00Z");

    final AtomicReference<Instant> now = new AtomicReference<>(START);
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final Database db;
    final long profileId;
    final WorkoutRepository workouts;
    final WorkoutSyncQueueRepository queue;
    final ProviderRefRepository refs;
    final WorkoutSync sync;

    QueueFixture(Path dir, List<WorkoutDestination> destinations) {
        db = Database.openEmbedded(dir, step -> { });
        profileId = new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("Europe/Vienna"), START).id();
        workouts = new WorkoutRepository(db.sessions());
        queue = new WorkoutSyncQueueRepository(db.dataSource());
        refs = new ProviderRefRepository(db.dataSource(), db.dialect());
        sync = new WorkoutSync(workouts, queue, refs, new UploadTargetRepository(db.dataSource()), targets -> targets,
                new WorkoutDestinations(destinations), (profile, provider) -> java.util.Optional.of(
                        new org.pulseport.core.connector.Credentials.OAuthTokens("token", "refresh", null)),
                KeyedRateLimiter.system(RateLimits.defaults()), 2, clock);
    }

    void enable(String... providers) {
        sync.targets().replace(profileId, Set.of(providers));
    }

    void advance(Duration duration) {
        now.set(now.get().plus(duration));
    }

    /** Every pending entry whatever its retry time, oldest first. */
    List<QueueEntry> pending() {
        return queue.due(Instant.parse("2100-01-01T00:00:00Z"), 1000);
    }

    /** The queue entries of one entity, oldest first. */
    List<QueueEntry> history(SyncEntity entity, java.util.UUID id) {
        return queue.history(entity.code(), id);
    }

    QueueEntry only(SyncEntity entity, java.util.UUID id) {
        List<QueueEntry> history = history(entity, id);
        org.assertj.core.api.Assertions.assertThat(history).hasSize(1);
        return history.get(0);
    }

    @Override
    public void close() {
        sync.close();
        db.close();
    }
}
