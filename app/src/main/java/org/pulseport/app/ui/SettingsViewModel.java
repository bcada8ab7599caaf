package org.pulseport.app.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pulseport.app.engine.DailyStatsJob;
import org.pulseport.app.engine.JobSchedule;
import org.pulseport.app.engine.ProfileCreation;
import org.pulseport.app.engine.RecurringJob;
import org.pulseport.app.engine.ProfileService;
import org.pulseport.app.engine.SettingsService;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/** Settings: glucose unit, theme, the data directory, and creating profiles. */
public final class SettingsViewModel {

    private final ProfileService profiles;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final MainViewModel main;
    private final Path dataDirectory;

    private final StringProperty newProfileName = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final java.util.List<ScheduleRow> schedules = new java.util.ArrayList<>();
    private final DailyStatsJob dailyStats;

    /** One recurring job's schedule as shown and edited in Settings. */
    public record ScheduleRow(RecurringJob job, StringProperty spec) {
    }

    public SettingsViewModel(ProfileService profiles, SettingsService settings, DailyStatsJob dailyStats, TaskRunner tasks,
                             MainViewModel main, Path dataDirectory) {
        this.dailyStats = dailyStats;
        this.profiles = profiles;
        this.settings = settings;
        this.tasks = tasks;
        this.main = main;
        this.dataDirectory = dataDirectory;
        for (RecurringJob job : RecurringJob.values()) {
            schedules.add(new ScheduleRow(job, new SimpleStringProperty(job.defaultSchedule())));
        }
        main.selectedProfileProperty().addListener((o, before, now) -> timeZone.set(now == null ? "" : now.timeZone().getId()));
        Profile selected = main.selectedProfileProperty().get();
        timeZone.set(selected == null ? "" : selected.timeZone().getId());
        tasks.run("Loading schedules", () -> schedules.stream().map(row -> settings.value(row.job().settingsKey())
                .orElse(row.job().defaultSchedule())).toList(), specs -> {
                    for (int i = 0; i < specs.size(); i++) {
                        schedules.get(i).spec().set(specs.get(i));
                    }
                }, error -> feedback.set("Could not load the schedules: " + error.getMessage()));
    }

    public java.util.List<ScheduleRow> schedules() {
        return schedules;
    }

    /** Checks and saves every schedule; the scheduler picks them up at the next start of Pulseport. */
    public void saveSchedules() {
        java.util.Map<String, String> valid = new java.util.LinkedHashMap<>();
        for (ScheduleRow row : schedules) {
            try {
                valid.put(row.job().settingsKey(), JobSchedule.parse(row.spec().get()).spec());
            } catch (IllegalArgumentException e) {
                feedback.set(row.job().jobName() + ": " + e.getMessage());
                return;
            }
        }
        tasks.run("Saving schedules", () -> {
            valid.forEach(settings::setValue);
            return valid.size();
        }, saved -> feedback.set("Schedules saved. They take effect the next time Pulseport starts."),
                error -> feedback.set("Could not save the schedules: " + error.getMessage()));
    }

    /** Moves the selected profile to another time zone and recomputes its daily statistics for the new local days. */
    public void applyTimeZone() {
        Profile profile = main.selectedProfileProperty().get();
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(timeZone.get().strip());
        } catch (java.time.DateTimeException e) {
            feedback.set("'" + timeZone.get() + "' is not a time zone; use a name like Europe/Vienna or America/New_York.");
            return;
        }
        if (profile == null || zone.equals(profile.timeZone())) {
            return;
        }
        tasks.run("Changing the time zone", () -> {
            Profile changed = profiles.changeTimeZone(profile.id(), zone);
            return new Rezoned(changed, dailyStats.recomputeEverything(changed).rows());
        }, done -> {
            feedback.set(done.profile().name() + " now uses " + zone.getId() + "; " + done.rows()
                    + " days of statistics were recomputed.");
            main.reloadProfiles(done.profile());
        }, error -> feedback.set("Could not change the time zone: " + error.getMessage()));
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    private record Rezoned(Profile profile, int rows) {
    }

    public MainViewModel main() {
        return main;
    }

    public String dataDirectory() {
        return dataDirectory.toString();
    }

    /** Shows and stores the chosen glucose unit. */
    public void chooseGlucoseUnit(GlucoseUnit unit) {
        if (unit == null || unit == main.glucoseUnitProperty().get()) {
            return;
        }
        main.glucoseUnitProperty().set(unit);
        tasks.run("Saving glucose unit", () -> {
            settings.setGlucoseUnit(unit);
            return unit;
        }, saved -> feedback.set("Glucose is shown in " + saved.label() + "."),
                error -> feedback.set("Could not save the unit: " + error.getMessage()));
    }

    /** Creates a profile in this computer's time zone from the name field. */
    public void createProfile() {
        String name = newProfileName.get();
        tasks.run("Creating profile", () -> profiles.create(name, ZoneId.systemDefault()), result -> {
            if (result instanceof ProfileCreation.Created created) {
                newProfileName.set("");
                feedback.set("Created profile " + created.profile().name() + ".");
                main.reloadProfiles(created.profile());
            } else {
                feedback.set(((ProfileCreation.Rejected) result).reason());
            }
        }, error -> feedback.set("Could not create the profile: " + error.getMessage()));
    }

    public StringProperty newProfileNameProperty() {
        return newProfileName;
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
