package org.pulseport.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.pulseport.app.engine.ActivityImportResult;
import org.pulseport.app.engine.ActivityImporter;
import org.pulseport.core.model.Profile;

/**
 * What a second launch asks of the open window: come to the front, and import the FIT files it was given into the
 * selected profile (the result shows in the status bar, the activities in Workouts).
 */
final class WindowActivation {

    private final Stage stage;
    private final MainViewModel main;
    private final ActivityImporter importer;
    private final TaskRunner tasks;

    WindowActivation(Stage stage, MainViewModel main, ActivityImporter importer, TaskRunner tasks) {
        this.stage = stage;
        this.main = main;
        this.importer = importer;
        this.tasks = tasks;
    }

    /** Runs on the JavaFX thread. */
    void activate(List<String> arguments) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        List<Path> files = arguments.stream().map(Path::of).toList();
        if (files.isEmpty()) {
            return;
        }
        Profile profile = main.selectedProfileProperty().get();
        if (profile == null) {
            main.statusProperty().set("Select a profile, then import the files from Workouts.");
            return;
        }
        tasks.run("Importing " + files.size() + " file(s)", () -> importer.importFiles(profile.id(), files), results -> {
            long imported = results.stream().filter(ActivityImportResult.Imported.class::isInstance).count();
            main.statusProperty().set("Imported " + imported + " of " + files.size() + " file(s) into " + profile.name() + ".");
            main.selectedSectionProperty().set(Section.WORKOUTS);
        }, error -> main.statusProperty().set("Could not import the files: " + error.getMessage()));
    }
}
