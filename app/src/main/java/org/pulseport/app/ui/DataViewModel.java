package org.pulseport.app.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pulseport.app.engine.DataManagement;
import org.pulseport.core.model.Profile;

/** Settings' "Your data": backup and restore of the data directory, export and deletion of the selected profile. */
public final class DataViewModel {

    private final DataManagement data;
    private final TaskRunner tasks;
    private final MainViewModel main;
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    public DataViewModel(DataManagement data, TaskRunner tasks, MainViewModel main) {
        this.data = data;
        this.tasks = tasks;
        this.main = main;
    }

    /** The file name a backup chooser suggests for today. */
    public String suggestedBackupName() {
        return "pulseport-backup-" + LocalDate.now(ZoneId.systemDefault()) + ".zip";
    }

    public void backup(Path file) {
        feedback.set("Backing up…");
        tasks.run("Backing up", () -> data.backups().backup(file), result -> feedback.set("Backup written to "
                + result.file() + " (" + Formats.bytes(result.bytes()) + "). It holds the keys to your stored sign-ins: "
                + "keep it somewhere safe."), error -> feedback.set("Could not back up: " + error.getMessage()));
    }

    /** Checks the backup now; it replaces the current data when Pulseport next starts. */
    public void restoreAtNextStart(Path file) {
        feedback.set("Checking the backup…");
        tasks.run("Checking the backup", () -> data.backups().restoreAtNextStart(file), takenAt -> feedback.set(
                "The backup taken " + takenAt + " is checked and will be restored when Pulseport next starts: close "
                        + "Pulseport and start it again. The current database is kept as pulseport.mv.db.before-restore."),
                error -> feedback.set(error.getMessage()));
    }

    public void exportSelected(Path folder) {
        Profile profile = main.selectedProfileProperty().get();
        if (profile == null) {
            feedback.set("Select the profile to export first.");
            return;
        }
        tasks.run("Exporting " + profile.name(), () -> data.export().export(profile, folder), result -> feedback.set(
                "Exported " + profile.name() + " to " + result.folder() + ": " + result.readings() + " readings, "
                        + result.days() + " days of statistics, " + result.activities() + " activities."),
                error -> feedback.set("Could not export " + profile.name() + ": " + error.getMessage()));
    }

    /** Deletes the selected profile with everything it owns (the view asks for confirmation first). */
    public void deleteSelected() {
        Profile profile = main.selectedProfileProperty().get();
        if (profile == null) {
            feedback.set("Select the profile to delete first.");
            return;
        }
        tasks.run("Deleting " + profile.name(), () -> data.removal().delete(profile), deletion -> {
            feedback.set("Deleted profile " + profile.name() + " with " + deletion.readings() + " readings.");
            main.reloadProfiles(null);
        }, error -> feedback.set("Could not delete " + profile.name() + ": " + error.getMessage()));
    }

    /** The selected profile's name, for the confirmation question; empty when none is selected. */
    public String selectedProfileName() {
        Profile profile = main.selectedProfileProperty().get();
        return profile == null ? "" : profile.name();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
