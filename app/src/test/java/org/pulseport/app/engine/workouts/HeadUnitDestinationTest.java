package org.pulseport.app.engine.workouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.core.workout.Workout;

/** "Written on the next connection": entries wait, without using retries, until the unit is mounted. */
class HeadUnitDestinationTest {

    /** A head unit that can be plugged in and out, holding files by name. */
    static final class FakeUnit implements HeadUnitWorkoutWriter {
        boolean connected;
        final Map<String, Workout> files = new LinkedHashMap<>();

        @Override
        public boolean connected(long profileId, String family) {
            return connected;
        }

        @Override
        public String write(long profileId, String family, String fileName, Workout workout) {
            files.put("/GARMIN/Workouts/" + fileName, workout);
            return "/GARMIN/Workouts/" + fileName;
        }

        @Override
        public void delete(long profileId, String family, String path) {
            files.remove(path);
        }
    }

    @TempDir
    Path dir;
    private final FakeUnit unit = new FakeUnit();
    private QueueFixture f;

    @BeforeEach
    void open() {
        f = new QueueFixture(dir, List.of(new HeadUnitDestination("garmin", "Garmin head unit", unit)));
        f.enable("garmin-usb");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aWorkoutWaitsForTheUnitAndIsWrittenWhenItIsConnected() {
        StoredWorkout workout = f.sync.service().create(f.profileId, Workouts.threshold());

        BatchReport offline = f.sync.syncNow();
        QueueEntry waiting = f.only(SyncEntity.WORKOUT, workout.id());
        unit.connected = true;
        BatchReport online = f.sync.syncNow();

        assertThat(offline).isEqualTo(new BatchReport(0, 0, 0, 1));
        assertThat(waiting.pending()).isTrue();
        assertThat(waiting.retryCount()).isZero();
        assertThat(waiting.errorMessage()).contains("next connected");
        assertThat(online).isEqualTo(new BatchReport(1, 1, 0, 0));
        assertThat(unit.files.values()).containsExactly(workout.workout());
        assertThat(f.sync.monitor().getSyncStatus(SyncEntity.WORKOUT, workout.id(), "garmin-usb").orElseThrow().synced()).isTrue();
    }

    @Test
    void aDeletedWorkoutIsRemovedFromTheUnitOnItsNextConnection() {
        unit.connected = true;
        StoredWorkout workout = f.sync.service().create(f.profileId, Workouts.threshold());
        f.sync.syncNow();
        unit.connected = false;

        f.sync.service().delete(workout.id());
        f.sync.syncNow();
        assertThat(unit.files).hasSize(1);
        unit.connected = true;
        f.sync.syncNow();

        assertThat(unit.files).isEmpty();
        assertThat(f.pending()).isEmpty();
    }
}
