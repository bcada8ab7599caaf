package org.pulseport.app.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.DemoData;
import org.pulseport.app.engine.ProfileService;
import org.pulseport.app.engine.SettingsService;
import org.pulseport.app.engine.SettingsService.Theme;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.Profile;

/**
 * State of the main window: which section is shown, which profile is selected, the theme, and the status line.
 */
public final class MainViewModel {

    private final ProfileService profileService;
    private final SettingsService settings;
    private final TaskRunner tasks;

    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selectedProfile = new SimpleObjectProperty<>();
    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>(Section.DASHBOARD);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<GlucoseUnit> glucoseUnit = new SimpleObjectProperty<>(GlucoseUnit.MG_DL);
    private final StringProperty status = new SimpleStringProperty("");

    public MainViewModel(ProfileService profileService, SettingsService settings, TaskRunner tasks) {
        this.profileService = profileService;
        this.settings = settings;
        this.tasks = tasks;
    }

    /** Loads profiles and preferences; selects the Demo profile when there is one, else the first. */
    public void load() {
        tasks.run("Loading profiles", () -> new Loaded(profileService.list(), settings.theme(), settings.glucoseUnit()), loaded -> {
            theme.set(loaded.theme());
            glucoseUnit.set(loaded.glucoseUnit());
            profiles.setAll(loaded.profiles());
            selectedProfile.set(loaded.profiles().stream().filter(p -> p.name().equals(DemoData.PROFILE_NAME))
                    .findFirst().orElse(loaded.profiles().isEmpty() ? null : loaded.profiles().get(0)));
            status.set(loaded.profiles().isEmpty() ? "No profiles yet: create one in Settings." : "Ready");
        }, error -> status.set("Could not load profiles: " + error.getMessage()));
    }

    public void toggleTheme() {
        Theme next = theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT;
        theme.set(next);
        tasks.run("Saving theme", () -> {
            settings.setTheme(next);
            return next;
        }, saved -> { }, error -> status.set("Could not save the theme: " + error.getMessage()));
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> selectedProfileProperty() {
        return selectedProfile;
    }

    public ObjectProperty<Section> selectedSectionProperty() {
        return selectedSection;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<GlucoseUnit> glucoseUnitProperty() {
        return glucoseUnit;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Reloads the profile list after one was added, selecting {@code select}. */
    public void reloadProfiles(Profile select) {
        tasks.run("Loading profiles", profileService::list, list -> {
            profiles.setAll(list);
            selectedProfile.set(select);
            status.set("Ready");
        }, error -> status.set("Could not load profiles: " + error.getMessage()));
    }

    private record Loaded(List<Profile> profiles, Theme theme, GlucoseUnit glucoseUnit) {
    }
}
