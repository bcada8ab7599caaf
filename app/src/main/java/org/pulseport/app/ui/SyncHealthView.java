package org.pulseport.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Tab;
import org.pulseport.app.engine.workouts.WorkoutSyncMonitor;

/** The Sync health panel as a tab of the Workouts section; it reloads whenever the tab is selected. */
public final class SyncHealthView {

    private SyncHealthView() {
    }

    public static Tab tab(WorkoutSyncMonitor monitor, TaskRunner tasks, Supplier<ZoneId> zone) {
        SyncHealthViewModel viewModel = new SyncHealthViewModel(monitor, tasks, zone);
        FXMLLoader loader = new FXMLLoader(SyncHealthView.class.getResource("sync-health.fxml"));
        loader.setControllerFactory(type -> new SyncHealthController(viewModel));
        Tab tab;
        try {
            tab = new Tab("Sync health", loader.load());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the sync health view", e);
        }
        tab.setId("syncHealthTab");
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                viewModel.load();
            }
        });
        return tab;
    }
}
