package org.pulseport.app.ui;

import javafx.scene.control.Tab;
import org.pulseport.app.engine.workouts.WorkoutSyncMonitor;

/** The Sync health panel as a tab of the Workouts section; it reloads when selected and when the profile changes. */
public final class SyncHealthView {

    private SyncHealthView() {
    }

    public static Tab tab(WorkoutSyncMonitor monitor, TaskRunner tasks, ProfileContext selection) {
        SyncHealthViewModel viewModel = new SyncHealthViewModel(monitor, tasks, selection::profile);
        Tab tab = new Tab("Sync health", FxmlViews.load("sync-health.fxml", type -> new SyncHealthController(viewModel)));
        tab.setId("syncHealthTab");
        Runnable reloadIfShown = () -> {
            if (tab.isSelected()) {
                viewModel.load();
            }
        };
        tab.setOnSelectionChanged(event -> reloadIfShown.run());
        selection.observe(reloadIfShown, () -> { });
        viewModel.allProfilesProperty().addListener((o, before, now) -> reloadIfShown.run());
        return tab;
    }
}
