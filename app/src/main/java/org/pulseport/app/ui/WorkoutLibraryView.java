package org.pulseport.app.ui;

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
        return FxmlViews.load("workout-library.fxml", type -> new WorkoutLibraryController(viewModel));
    }
}
