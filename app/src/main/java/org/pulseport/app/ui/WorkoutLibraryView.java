package org.pulseport.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.pulseport.app.engine.workouts.WorkoutSync;

/** The workout library view, ready to be placed in the WORKOUTS section (e.g. as a tab). */
public final class WorkoutLibraryView {

    private WorkoutLibraryView() {
    }

    /** Loads the view for the selected profile; it reloads when another profile is selected. */
    public static Parent create(WorkoutSync sync, ProfileContext profiles, TaskRunner tasks) {
        WorkoutLibraryViewModel viewModel = new WorkoutLibraryViewModel(sync, profiles, tasks);
        profiles.observe(viewModel::load, () -> { });
        FXMLLoader loader = new FXMLLoader(WorkoutLibraryView.class.getResource("workout-library.fxml"));
        loader.setControllerFactory(type -> new WorkoutLibraryController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the workout library view", e);
        }
    }
}
