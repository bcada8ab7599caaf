package org.pulseport.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.pulseport.app.store.ProfileRepository;
import org.pulseport.app.store.SampleQueries;
import org.pulseport.app.store.SampleWriter;
import org.pulseport.app.store.SourceKind;
import org.pulseport.app.store.SourceRepository;
import org.pulseport.core.activity.Activity;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.model.MetricType;
import org.pulseport.devices.fit.ActivityImport;
import org.pulseport.devices.fit.FitActivityMapper;
import org.pulseport.devices.fit.FitDecoder;

/** Importing FIT files: the activity whole, its minute means as samples, statistics requested, nothing twice. */
class ActivityImporterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private ActivityImporter importer;
    private ActivityLibrary library;
    private SourceRepository sources;
    private DailyStatsRepository stats;
    private final List<Long> aggregations = new ArrayList<>();
    private long profileId;

    @BeforeEach
    void open() {
        db = Database.openEmbedded(dir, s -> { });
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ActivityRepository store = new ActivityRepository(db.dataSource(), clock);
        sources = new SourceRepository(db.sessions());
        stats = new DailyStatsRepository(db.dataSource(), db.dialect());
        importer = new ActivityImporter(store, sources, new SampleWriter(db.dataSource(), db.dialect(), clock), stats,
                aggregations::add, new FitActivityMapper(FitDecoder.standard()), clock);
        library = new ActivityLibrary(store);
        profileId = new ProfileRepository(db.sessions()).create("Ann", ZoneId.of("Europe/Vienna"), NOW).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRideIsStoredWholeAndItsMinuteMeansBecomeSamples() throws IOException {
        Path file = FitCorpus.file("garmin-edge-820-bike.fit");
        ActivityImportResult result = importer.importFiles(profileId, List.of(file)).get(0);

        assertThat(result).isInstanceOf(ActivityImportResult.Imported.class);
        ActivityImportResult.Imported imported = (ActivityImportResult.Imported) result;
        assertThat(imported.partial()).isFalse();
        Activity decoded = ((ActivityImport.Imported) new FitActivityMapper(FitDecoder.standard())
                .read(Files.newInputStream(file))).activity();
        ActivityDetail detail = library.detail(imported.activityId()).orElseThrow();
        assertThat(detail.entry().summary()).isEqualTo(decoded.summary());
        assertThat(detail.laps()).isEqualTo(decoded.laps());
        assertThat(detail.records()).isEqualTo(decoded.records());

        long minutesWithHeartRate = minutesWith(decoded, Channel.HEART_RATE);
        SampleQueries samples = new SampleQueries(db.dataSource());
        Instant start = decoded.summary().start().minusSeconds(60);
        Instant end = start.plus(decoded.summary().elapsed()).plusSeconds(3600);
        assertThat(minutesWithHeartRate).isPositive();
        assertThat(samples.series(profileId, MetricType.HEART_RATE, start, end).size()).isEqualTo((int) minutesWithHeartRate);
        assertThat(stats.pending()).singleElement().satisfies(p -> assertThat(p.profileId()).isEqualTo(profileId));
        assertThat(aggregations).containsExactly(profileId);
        assertThat(sources.findByProfile(profileId)).singleElement()
                .satisfies(s -> assertThat(s.getKind()).isEqualTo(SourceKind.FILE));
    }

    @Test
    void theSameFileFromAnotherSourceImportsNothingNew() {
        Path file = FitCorpus.file("garmin-fenix-5-run.fit");
        long first = ((ActivityImportResult.Imported) importer.importFiles(profileId, List.of(file)).get(0)).activityId();
        long unit = sources.findOrCreate(profileId, SourceKind.DEVICE, "garmin-usb", "3900000001", "Edge", NOW).getId();

        assertThat(importer.importFile(profileId, unit, file))
                .isEqualTo(new ActivityImportResult.AlreadyImported("garmin-fenix-5-run.fit", first,
                        "the same file was imported before"));
        assertThat(library.list(profileId)).hasSize(1);
    }

    @Test
    void everyCorpusFileIsImportedOrRefusedWithAReasonNeverAnException() throws IOException {
        List<Path> corpus;
        try (Stream<Path> files = Files.list(FitCorpus.directory())) {
            corpus = files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".fit")).sorted().toList();
        }
        List<ActivityImportResult> results = importer.importFiles(profileId, corpus);

        assertThat(results).hasSize(corpus.size());
        assertThat(results).filteredOn(ActivityImportResult.Failed.class::isInstance)
                .allSatisfy(r -> assertThat(((ActivityImportResult.Failed) r).message()).startsWith("not an importable activity: "))
                .extracting(ActivityImportResult::fileName)
                .contains("WorkoutRepeatSteps.fit", "Settings.fit", "MonitoringFile.fit");
        assertThat(results).filteredOn(ActivityImportResult.Imported.class::isInstance)
                .extracting(ActivityImportResult::fileName)
                .contains("garmin-edge-820-bike.fit", "activity-large-fenxi2-multisport.fit", "nick.fit");
        assertThat(results).filteredOn(ActivityImportResult.AlreadyImported.class::isInstance)
                .extracting(ActivityImportResult::fileName)
                .as("copies of the SDK's Activity.fit recording (same device serial and start), some cut or damaged")
                .containsExactly("activity-activity-filecrc.fit", "activity-filecrc.fit",
                        "activity-settings-corruptheader.fit", "activity-settings-nodata.fit", "activity-settings.fit",
                        "activity-unexpected-eof.fit");
        long stored = results.stream().filter(ActivityImportResult.Imported.class::isInstance).count();
        assertThat(library.list(profileId)).hasSize((int) stored);
    }

    private static long minutesWith(Activity activity, Channel channel) {
        long[] times = activity.records().epochSeconds();
        double[] values = activity.records().column(channel);
        return java.util.stream.IntStream.range(0, times.length).filter(i -> !Double.isNaN(values[i]))
                .mapToLong(i -> Math.floorDiv(times[i], 60)).distinct().count();
    }
}
