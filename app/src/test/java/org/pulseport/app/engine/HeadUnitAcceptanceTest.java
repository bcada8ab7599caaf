package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.FitCorpus;
import org.pulseport.app.store.ActivityRepository;
import org.pulseport.app.store.DailyStatsRepository;
import org.pulseport.app.store.Database;
import org.pulseport.app.store.DeviceEntity;
import org.pulseport.app.store.HeadUnitPairings;
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Intensity;
import org.pulseport.core.workout.RepeatStep;
import org.pulseport.core.workout.SingleStep;
import org.pulseport.core.workout.StepDuration;
import org.pulseport.core.workout.StepTarget;
import org.pulseport.core.workout.TargetRange;
import org.pulseport.core.workout.Workout;
import org.pulseport.devices.fit.FitActivityMapper;
import org.pulseport.devices.fit.FitDecodeResult;
import org.pulseport.devices.fit.FitDecoder;
import org.pulseport.devices.fit.FitProfile;
import org.pulseport.devices.fit.FitWorkoutEncoder;
import org.pulseport.devices.fit.FitWorkoutMapper;
import org.pulseport.devices.fit.WorkoutImport;
import org.pulseport.devices.headunit.HeadUnit;
import org.pulseport.devices.headunit.HeadUnitProbe;
import org.pulseport.devices.headunit.HeadUnitVolumes;
import org.pulseport.devices.sim.GarminVolumeSimulator;

/**
 * The head-unit acceptance: a simulated Garmin volume appears under a mount root, is detected, paired, its
 * activities imported; a workout queued for it is written to the folder its GarminDevice.xml declares and
 * decodes back equal; plugging it in again imports nothing new.
 */
class HeadUnitAcceptanceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String UNIT_ID = "3912345678";
    private static final Workout SWEET_SPOT = new Workout("Sweet Spot 3×12'", Sport.CYCLING, List.of(
            SingleStep.of(Intensity.WARMUP, new StepDuration.Time(Duration.ofMinutes(10)), new StepTarget.HeartRate(new TargetRange.Zone(2))),
            new RepeatStep(3, List.of(
                    SingleStep.of(Intensity.ACTIVE, new StepDuration.Time(Duration.ofMinutes(12)),
                            new StepTarget.Power(new TargetRange.Between(250, 270))),
                    SingleStep.of(Intensity.REST, new StepDuration.Time(Duration.ofMinutes(4)),
                            new StepTarget.Cadence(new TargetRange.Between(85, 95))))),
            SingleStep.of(Intensity.COOLDOWN, new StepDuration.Open(), new StepTarget.None())));

    @TempDir
    Path dir;
    @TempDir
    Path media;
    private Database db;
    private HeadUnitPairings pairings;
    private ActivityLibrary library;
    private HeadUnitWatcher watcher;
    private final List<String> told = new ArrayList<>();
    private final List<WorkoutWriteResult> written = new ArrayList<>();
    private Profile ann;

    @BeforeEach
    void open() {
        db = Database.openEmbedded(dir, s -> { });
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ActivityRepository store = new ActivityRepository(db.dataSource(), clock);
        SourceRepository sources = new SourceRepository(db.sessions());
        ActivityImporter importer = new ActivityImporter(store, sources, new SampleWriter(db.dataSource(), db.dialect(), clock),
                new DailyStatsRepository(db.dataSource(), db.dialect()), id -> { },
                new FitActivityMapper(FitDecoder.standard()), clock);
        ProfileService profiles = new ProfileService(new ProfileRepository(db.sessions()), clock);
        ann = profiles.ensure("Ann", ZoneId.of("Europe/Vienna"));
        pairings = new HeadUnitPairings(db.sessions());
        library = new ActivityLibrary(store);
        FitHeadUnitWorkoutWriter writer = new FitHeadUnitWorkoutWriter(new FitWorkoutEncoder(FitProfile.standard()), clock);
        HeadUnitFollowUp queuedWorkouts = (unit, profile) -> written.add(writer.write(unit, SWEET_SPOT));
        HeadUnitSync sync = new HeadUnitSync(pairings, profiles, sources, store, importer, dir.resolve("staging"),
                List.of(queuedWorkouts), clock);
        watcher = new HeadUnitWatcher(new HeadUnitVolumes(List.of(media), new HeadUnitProbe()), sync);
        watcher.addListener(told::add);
    }

    @AfterEach
    void close() {
        watcher.close();
        db.close();
    }

    private Path plugIn() throws IOException {
        return GarminVolumeSimulator.create(media.resolve("GARMIN"), "Edge 820", UNIT_ID, List.of(
                FitCorpus.file("garmin-edge-820-bike.fit"), FitCorpus.file("garmin-edge-500-activity.fit")));
    }

    @Test
    void aGarminVolumeIsDetectedPairedImportedAndGetsTheQueuedWorkout() throws IOException {
        Path volume = plugIn();
        watcher.poll();

        assertThat(told).containsExactly("Garmin Edge 820 (" + UNIT_ID + ") (Ann): 2 new activities imported.");
        assertThat(library.list(ann.id())).extracting(ActivityEntry::fileName)
                .containsExactlyInAnyOrder("garmin-edge-820-bike.fit", "garmin-edge-500-activity.fit");
        DeviceEntity device = pairings.find("garmin-usb", UNIT_ID).orElseThrow();
        assertThat(device.getProfileId()).isEqualTo(ann.id());
        assertThat(device.getModel()).isEqualTo("Edge 820");
        assertThat(watcher.connectedUnits()).extracting(HeadUnit::unitId).containsExactly(UNIT_ID);

        assertThat(written).containsExactly(new WorkoutWriteResult.Written("GARMIN/NEWFILES/sweet-spot-3-12.fit"));
        FitDecodeResult decoded = FitDecoder.standard().decode(volume.resolve("GARMIN/NEWFILES/sweet-spot-3-12.fit"));
        assertThat(decoded).isInstanceOf(FitDecodeResult.Decoded.class);
        assertThat(new FitWorkoutMapper().map(decoded.messages())).isEqualTo(new WorkoutImport.Imported(SWEET_SPOT));
        try (Stream<Path> staged = Files.walk(dir.resolve("staging"))) {
            assertThat(staged.filter(Files::isRegularFile)).as("no local copies left behind").isEmpty();
        }
    }

    @Test
    void pluggingInAgainImportsNothingNew() throws IOException {
        Path volume = plugIn();
        watcher.poll();
        delete(volume);
        watcher.poll();
        plugIn();
        watcher.poll();

        assertThat(told).containsExactly(
                "Garmin Edge 820 (" + UNIT_ID + ") (Ann): 2 new activities imported.",
                "Garmin Edge 820 (" + UNIT_ID + ") was disconnected.",
                "Garmin Edge 820 (" + UNIT_ID + ") (Ann): 0 new activities imported.");
        assertThat(library.list(ann.id())).hasSize(2);
    }

    @Test
    void aLockedMtpUnitIsToldToTheUser() throws IOException {
        Files.createDirectories(media.resolve("mtp:host=Garmin_Edge_1040_0000c8f0"));
        watcher.poll();
        assertThat(told).singleElement().asString().startsWith("The Garmin unit is connected over MTP but shows no Garmin folder.");
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
