package org.pulseport.app.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pulseport.app.engine.ProfileCreation;
import org.pulseport.app.engine.ProfileService;
import org.pulseport.app.engine.SettingsService;
import org.pulseport.core.model.GlucoseUnit;

/** Settings: glucose unit, theme, the data directory, and creating profiles. */
public final class SettingsViewModel {

    private final ProfileService profiles;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final MainViewModel main;
    private final Path dataDirectory;

    private final StringProperty newProfileName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    public SettingsViewModel(ProfileService profiles, SettingsService settings, TaskRunner tasks, MainViewModel main,
                             Path dataDirectory) {
        this.profiles = profiles;
        this.settings = settings;
        this.tasks = tasks;
        this.main = main;
        this.dataDirectory = dataDirectory;
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
