package org.pulseport.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Tab;
import org.pulseport.app.engine.workouts.WorkoutSyncMonitor;

/** The Sync health panel as a tab of the Workouts section; it reloads when selected and when the profile changes. */
public final class SyncHealthView {

    private SyncHealthView() {
    }

    public static Tab tab(WorkoutSyncMonitor monitor, TaskRunner tasks, ProfileContext selection) {
        SyncHealthViewModel viewModel = new SyncHealthViewModel(monitor, tasks, selection::profile);
        FXMLLoader loader = new FXMLLoader(SyncHealthView.class.getResource("sync-health.fxml"));
        loader.setControllerFactory(type -> new SyncHealthController(viewModel));
        Tab tab;
        try {
            tab = new Tab("Sync health", loader.load());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the sync health view", e);
        }
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
