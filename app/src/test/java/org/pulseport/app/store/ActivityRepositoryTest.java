package org.pulseport.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.FitCorpus;
import org.pulseport.core.activity.Activity;
import org.pulseport.devices.fit.ActivityImport;
import org.pulseport.devices.fit.FitActivityMapper;
import org.pulseport.devices.fit.FitDecoder;

/** Activities go into the store whole and come back equal; a profile never gets the same one twice. */
class ActivityRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private ActivityRepository activities;
    private long profileId;

    @BeforeEach
    void open() {
        db = Database.openEmbedded(dir, s -> { });
        activities = new ActivityRepository(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
        profileId = new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("Europe/Vienna"), NOW).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Activity decode(String name) throws IOException {
        try (InputStream in = Files.newInputStream(FitCorpus.file(name))) {
            return ((ActivityImport.Imported) new FitActivityMapper(FitDecoder.standard()).read(in)).activity();
        }
    }

    private NewActivity fromFile(String name, String hash) throws IOException {
        return new NewActivity(profileId, OptionalLong.empty(), decode(name), name, hash, List.of("note one", "note two"));
    }

    @Test
    void anActivityComesBackWithItsSummaryLapsAndExactStreams() throws IOException {
        Activity ride = decode("garmin-edge-820-bike.fit");
        long id = ((ActivityInsert.Inserted) activities.insert(new NewActivity(profileId, OptionalLong.empty(), ride,
                "garmin-edge-820-bike.fit", "a".repeat(64), List.of()))).activityId();

        StoredActivity stored = activities.find(id).orElseThrow();
        assertThat(stored.summary()).isEqualTo(ride.summary());
        assertThat(stored.recordCount()).isEqualTo(ride.records().size());
        assertThat(stored.importedAt()).isEqualTo(NOW);
        assertThat(activities.laps(id)).isEqualTo(ride.laps());
        assertThat(activities.streams(id)).isEqualTo(ride.records());
        assertThat(activities.list(profileId)).extracting(StoredActivity::id).containsExactly(id);
    }

    @Test
    void theSameFileOrTheSameDeviceRecordingIsNotStoredTwice() throws IOException {
        NewActivity first = fromFile("garmin-edge-820-bike.fit", "b".repeat(64));
        long id = ((ActivityInsert.Inserted) activities.insert(first)).activityId();

        assertThat(activities.insert(first)).isEqualTo(new ActivityInsert.Duplicate(id, "the same file was imported before"));
        ActivityInsert sameRecording = activities.insert(fromFile("garmin-edge-820-bike.fit", "c".repeat(64)));
        assertThat(sameRecording).isInstanceOfSatisfying(ActivityInsert.Duplicate.class,
                d -> assertThat(d.reason()).startsWith("the same recording (device "));
        assertThat(activities.list(profileId)).hasSize(1);
        assertThat(activities.find(id).orElseThrow().warnings()).containsExactly("note one", "note two");
    }

    @Test
    void listsNewestFirst() throws IOException {
        long bike = ((ActivityInsert.Inserted) activities.insert(fromFile("garmin-fenix-5-bike.fit", "d".repeat(64)))).activityId();
        long run = ((ActivityInsert.Inserted) activities.insert(fromFile("garmin-fenix-5-run.fit", "e".repeat(64)))).activityId();
        List<StoredActivity> listed = activities.list(profileId);
        assertThat(listed).extracting(StoredActivity::id).containsExactlyInAnyOrder(bike, run);
        assertThat(listed.get(0).summary().start()).isAfterOrEqualTo(listed.get(1).summary().start());
    }
}
