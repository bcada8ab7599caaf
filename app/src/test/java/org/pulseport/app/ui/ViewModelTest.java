package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.SettingsService.Theme;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/** The view models' logic without a screen: work and results run inline on the test thread. */
class ViewModelTest {

    @TempDir
    static Path dir;
    private static AppSession session;
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);

    @BeforeAll
    static void openDemo() {
        session = AppSession.open(dir, true, step -> { });
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private Profile demo() {
        return session.context().profiles().find("Demo").orElseThrow();
    }

    @Test
    void mainSelectsTheDemoProfileAndPersistsTheTheme() {
        MainViewModel main = new MainViewModel(session.context().profiles(), session.context().settings(), inline);
        main.load();
        assertThat(main.selectedProfileProperty().get().name()).isEqualTo("Demo");
        assertThat(main.statusProperty().get()).isEqualTo("Ready");
        main.toggleTheme();
        assertThat(session.context().settings().theme()).isEqualTo(Theme.DARK);
        main.toggleTheme();
        assertThat(session.context().settings().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void glucoseShowsTheChosenRangeInTheChosenUnit() {
        SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>(demo());
        SimpleObjectProperty<GlucoseUnit> unit = new SimpleObjectProperty<>(GlucoseUnit.MG_DL);
        GlucoseViewModel vm = new GlucoseViewModel(session.context().trends(), session.context().insights(), inline, new ProfileContext(profile, unit));

        assertThat(vm.seriesProperty().get().size()).isBetween(7 * 288 - 2, 7 * 288 + 1);
        assertThat(vm.readingsProperty().get()).isEqualTo(String.format("%,d", vm.seriesProperty().get().size()));
        double mgDlMean = java.util.Arrays.stream(vm.seriesProperty().get().valuesCopy()).average().orElseThrow();
        assertThat(vm.meanProperty().get()).isEqualTo(GlucoseUnit.MG_DL.round(mgDlMean).toPlainString());
        assertThat(vm.emptyMessageProperty().get()).isEmpty();

        vm.rangeProperty().set(GlucoseViewModel.Range.DAY);
        assertThat(vm.seriesProperty().get().size()).isBetween(287, 289);

        unit.set(GlucoseUnit.MMOL_L);
        assertThat(vm.unitLabelProperty().get()).isEqualTo("mmol/L");
        assertThat(vm.latestProperty().get()).matches("\\d{1,2}\\.\\d");
        assertThat(java.util.Arrays.stream(vm.seriesProperty().get().valuesCopy()).boxed()).allSatisfy(y -> assertThat(y).isBetween(2.0, 23.0));
    }

    @Test
    void glucoseSaysWhatToDoWithoutDataOrWithoutProfile() {
        Profile empty = session.context().profiles().ensure("Empty", ZoneId.of("UTC"));
        SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>(empty);
        GlucoseViewModel vm = new GlucoseViewModel(session.context().trends(), session.context().insights(), inline,
                new ProfileContext(profile, new SimpleObjectProperty<>(GlucoseUnit.MG_DL)));
        assertThat(vm.emptyMessageProperty().get()).startsWith("No glucose readings in the last 7 days");
        assertThat(vm.latestProperty().get()).isEqualTo("–");
        profile.set(null);
        assertThat(vm.emptyMessageProperty().get()).isEqualTo("Create or select a profile to see its glucose.");
    }

    @Test
    void dashboardShowsTheLatestGlucoseAndTheLastDay() {
        SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>(demo());
        DashboardViewModel vm = new DashboardViewModel(session.context().dashboard(), session.context().engine(), inline,
                new ProfileContext(profile, new SimpleObjectProperty<>(GlucoseUnit.MG_DL)), section -> { });
        assertThat(vm.profileNameProperty().get()).isEqualTo("Demo");
        assertThat(vm.glucoseProperty().get()).matches("\\d{2,3} mg/dL \\S");
        assertThat(vm.glucoseDetailProperty().get()).startsWith("measured ");
        assertThat(vm.lastDayProperty().get().size()).isBetween(287, 289);
        assertThat(vm.inRangeProperty().get()).matches("\\d{1,3} %");
        assertThat(vm.sleepProperty().get()).matches("\\d{2}");
        assertThat(vm.sleepDetailProperty().get()).matches("\\d h \\d{1,2} min asleep");
        assertThat(vm.recoveryProperty().get()).matches("\\d{1,2} %");
        assertThat(vm.nextWorkoutProperty().get()).startsWith("Sweet Spot 3×12', ");
        assertThat(vm.sources()).extracting(DashboardViewModel.SourceChip::name)
                .contains("Sandbox (generated demo data)", "FIT files");
        assertThat(vm.sources()).allSatisfy(chip -> assertThat(chip.healthy()).isTrue());
        assertThat(vm.sources()).filteredOn(chip -> chip.name().startsWith("Sandbox")).singleElement()
                .satisfies(chip -> assertThat(chip.detail()).startsWith("demo data, last synced "));
        assertThat(vm.attention()).isEmpty();
    }

    @Test
    void dashboardSaysWhatNeedsAttentionAndWhereTheFixIs() {
        SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>(session.context().profiles().ensure("Fresh", ZoneId.of("UTC")));
        java.util.List<Section> opened = new java.util.ArrayList<>();
        DashboardViewModel vm = new DashboardViewModel(session.context().dashboard(), session.context().engine(), inline,
                new ProfileContext(profile, new SimpleObjectProperty<>(GlucoseUnit.MG_DL)), opened::add);
        assertThat(vm.attention()).extracting(DashboardViewModel.AttentionItem::message)
                .contains("Fresh has no data sources yet.");
        vm.fix(vm.attention().get(vm.attention().size() - 1));
        assertThat(opened).containsExactly(Section.CONNECTIONS);
        assertThat(vm.glucoseDetailProperty().get()).isEqualTo("No glucose readings yet");
    }

    @Test
    void dashboardSyncNowSyncsTheProfilesSourcesAndSaysWhatCameIn() {
        SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>(demo());
        DashboardViewModel vm = new DashboardViewModel(session.context().dashboard(), session.context().engine(), inline,
                new ProfileContext(profile, new SimpleObjectProperty<>(GlucoseUnit.MG_DL)), section -> { });
        vm.syncNow();
        assertThat(vm.syncStatusProperty().get()).matches("Synced 1 source: [\\d,]+ new readings?\\.");
        assertThat(vm.syncingProperty().get()).isFalse();
        profile.set(session.context().profiles().ensure("Nobody", ZoneId.of("UTC")));
        vm.syncNow();
        assertThat(vm.syncStatusProperty().get()).isEqualTo("Nothing to sync: this profile has no active sources yet.");
    }

    @Test
    void jobsListsDeadLettersAndRetriesThem() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                org.pulseport.app.store.DatabaseTarget.embedded(dir).jdbcUrl(), "sa", "")) {
            c.createStatement().executeUpdate("INSERT INTO dead_letters (queue_name, task_name, task_instance, task_data,"
                    + " failed_at, attempts, error_code, error_message, status) VALUES ('sync', 'sync-source', 'source-1',"
                    + " '1', CURRENT_TIMESTAMP, 4, 'provider_error', '503 Service Unavailable', 'open')");
        }
        JobsViewModel vm = new JobsViewModel(session.context().engine(), inline);
        vm.refresh();
        assertThat(vm.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.errorMessage()).isEqualTo("503 Service Unavailable");
            assertThat(letter.attempts()).isEqualTo(4);
        });
        vm.retry(vm.deadLetters().get(0));
        assertThat(vm.messageProperty().get()).isEqualTo("Job sync-source (source-1) is queued again.");
        assertThat(vm.deadLetters()).isEmpty();
    }

    @Test
    void settingsRejectsADuplicateProfileNameWithTheReason() {
        MainViewModel main = new MainViewModel(session.context().profiles(), session.context().settings(), inline);
        SettingsViewModel vm = new SettingsViewModel(session.context().profiles(), session.context().settings(),
                session.context().dailyStats(), inline, main, dir);
        vm.newProfileNameProperty().set("Demo");
        vm.createProfile();
        assertThat(vm.feedbackProperty().get()).isEqualTo("A profile named \"Demo\" already exists.");
        vm.newProfileNameProperty().set("  Bea  ");
        vm.createProfile();
        assertThat(vm.feedbackProperty().get()).isEqualTo("Created profile Bea.");
        assertThat(main.selectedProfileProperty().get().name()).isEqualTo("Bea");
        vm.schedules().get(0).spec().set("every 5 parsecs");
        vm.saveSchedules();
        assertThat(vm.feedbackProperty().get()).startsWith("syncWearablesDaily: Invalid schedule 'every 5 parsecs'");
        vm.schedules().get(0).spec().set("daily 05:15 Europe/Vienna");
        vm.saveSchedules();
        assertThat(session.context().settings().value("schedule.syncWearablesDaily")).contains("daily 05:15 Europe/Vienna");
        vm.timeZoneProperty().set("Mars/Olympus");
        vm.applyTimeZone();
        assertThat(vm.feedbackProperty().get()).contains("is not a time zone");
        vm.chooseGlucoseUnit(GlucoseUnit.MMOL_L);
        assertThat(session.context().settings().glucoseUnit()).isEqualTo(GlucoseUnit.MMOL_L);
        session.context().settings().setGlucoseUnit(GlucoseUnit.MG_DL);
    }
}
