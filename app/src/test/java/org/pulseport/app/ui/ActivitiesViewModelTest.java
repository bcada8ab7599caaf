package org.pulseport.app.ui;

import org.pulseport.core.model.TimeSeries;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.FitCorpus;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.RecordStreams;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/** The activities view model without a screen: work and results run inline on the test thread. */
class ActivitiesViewModelTest {

    @TempDir
    static Path dir;
    @TempDir
    Path files;
    private static AppSession session;
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);

    @BeforeAll
    static void open() {
        session = AppSession.open(dir, false, step -> { });
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private ActivitiesViewModel viewModel(SimpleObjectProperty<Profile> profile) {
        AppContext context = session.context();
        return new ActivitiesViewModel(context.activities(), context.activityImporter(), inline,
                new ProfileContext(profile, new SimpleObjectProperty<>(GlucoseUnit.MG_DL)));
    }

    private Profile profile(String name) {
        return session.context().profiles().ensure(name, ZoneId.of("Europe/Vienna"));
    }

    @Test
    void importedFilesAreListedAndTheNewOneIsShownWithSummaryLapsAndCharts() throws Exception {
        ActivitiesViewModel vm = viewModel(new SimpleObjectProperty<>(profile("Ann")));
        assertThat(vm.emptyMessageProperty().get()).startsWith("No activities yet. Drop FIT files here");
        Path garbage = Files.writeString(files.resolve("notes.fit"), "not a FIT file");

        vm.importFiles(List.of(FitCorpus.file("garmin-edge-500-activity.fit"), garbage));

        assertThat(vm.feedbackProperty().get()).startsWith("Imported 1 activity. notes.fit was not imported: "
                + "not an importable activity: ").contains("at byte ");
        assertThat(vm.activities()).singleElement().satisfies(row -> assertThat(row.title()).matches("[A-Z][a-z ]+ · \\d+\\.\\d{2} km"));
        assertThat(vm.emptyMessageProperty().get()).isEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo(vm.activities().get(0).title().replaceAll(" · .*", ""));
        assertThat(vm.durationProperty().get()).matches("\\d+:\\d{2}:\\d{2}");
        assertThat(vm.distanceProperty().get()).matches("\\d+\\.\\d{2} km");
        assertThat(vm.heartRateProperty().get()).matches("\\d+ / \\d+ bpm");
        assertThat(vm.notesProperty().get()).startsWith("garmin-edge-500-activity.fit · ").contains(" records");
        assertThat(vm.laps()).isNotEmpty().allSatisfy(lap -> assertThat(lap.duration()).matches("\\d+:\\d{2}:\\d{2}"));
        assertThat(vm.chartsProperty().get()).containsOnlyKeys(ActivitiesViewModel.CHARTED);
        assertThat(vm.chartsProperty().get().get(Channel.HEART_RATE).size()).isEqualTo(ActivityCharts.MAX_POINTS);

        vm.importFiles(List.of(FitCorpus.file("garmin-edge-500-activity.fit")));
        assertThat(vm.feedbackProperty().get()).isEqualTo("Imported 0 activities, 1 already stored.");
        assertThat(vm.activities()).hasSize(1);
    }

    @Test
    void aDamagedFileIsImportedAsPartialAndSaysSo() {
        ActivitiesViewModel vm = viewModel(new SimpleObjectProperty<>(profile("Cut")));
        vm.importFiles(List.of(FitCorpus.file("activity-unexpected-eof.fit")));
        assertThat(vm.feedbackProperty().get()).isEqualTo("Imported 1 activity. activity-unexpected-eof.fit is damaged;"
                + " only its first part was kept.");
        assertThat(vm.notesProperty().get()).contains("decoding stopped, the activity is partial: UnexpectedEof at byte ");
    }

    @Test
    void switchingProfilesShowsTheirOwnActivitiesAndNoProfileAsksForOne() {
        Profile ben = profile("Ben");
        session.context().activityImporter().importFiles(ben.id(), List.of(FitCorpus.file("garmin-fenix-5-run.fit"),
                FitCorpus.file("garmin-fenix-5-walk.fit")));
        SimpleObjectProperty<Profile> selected = new SimpleObjectProperty<>(ben);
        ActivitiesViewModel vm = viewModel(selected);
        assertThat(vm.activities()).hasSize(2);
        vm.reload(Optional.of(vm.activities().get(1).id()));
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.activities().get(1));

        selected.set(profile("Empty"));
        assertThat(vm.activities()).isEmpty();
        assertThat(vm.titleProperty().get()).isEmpty();
        selected.set(null);
        assertThat(vm.emptyMessageProperty().get()).isEqualTo("Create or select a profile to see its activities.");
        vm.importFiles(List.of(FitCorpus.file("garmin-fenix-5-run.fit")));
        assertThat(vm.feedbackProperty().get()).isEqualTo("Select a profile before importing activities.");
    }

    @Test
    void aSixHourRideIsChartedWithAtMostTheMaximumOfPoints() {
        RecordStreams.Builder ride = RecordStreams.builder();
        for (int t = 0; t < 6 * 3600; t++) {
            ride.add(1_700_000_000L + t).set(Channel.SPEED, t % 2 == 0 ? 10 : Double.NaN);
        }
        TimeSeries speed = ActivityCharts.series(ride.build(), Channel.SPEED);
        assertThat(speed.size()).isEqualTo(ActivityCharts.MAX_POINTS);
        assertThat(speed.valuesCopy()).containsOnly(36.0);
        assertThat(ActivityCharts.series(ride.build(), Channel.POWER)).isEqualTo(TimeSeries.empty());
    }
}
