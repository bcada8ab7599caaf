package org.pulseport.app.ui;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Binds Settings' "Your data" card to its {@link DataViewModel}: choosers and confirmations, nothing else. */
public final class DataSettingsController {

    private final DataViewModel viewModel;

    @FXML
    private Button backup;
    @FXML
    private Button restore;
    @FXML
    private Button exportProfile;
    @FXML
    private Button deleteProfile;
    @FXML
    private Label dataFeedback;

    public DataSettingsController(DataViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        dataFeedback.textProperty().bind(viewModel.feedbackProperty());
        backup.setOnAction(e -> {
            FileChooser chooser = zipChooser("Back up Pulseport");
            chooser.setInitialFileName(viewModel.suggestedBackupName());
            File file = chooser.showSaveDialog(window());
            if (file != null) {
                viewModel.backup(file.toPath());
            }
        });
        restore.setOnAction(e -> {
            File file = zipChooser("Restore a Pulseport backup").showOpenDialog(window());
            if (file != null && confirmed("Restore the backup " + file.getName() + "? It is checked now and replaces "
                    + "all current data when Pulseport next starts.")) {
                viewModel.restoreAtNextStart(file.toPath());
            }
        });
        exportProfile.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export " + viewModel.selectedProfileName() + " into folder");
            File folder = chooser.showDialog(window());
            if (folder != null) {
                viewModel.exportSelected(folder.toPath());
            }
        });
        deleteProfile.setOnAction(e -> {
            String name = viewModel.selectedProfileName();
            if (!name.isEmpty() && confirmed("Delete the profile " + name + " with all its readings, statistics, "
                    + "activities, workouts, connections and alerts? This cannot be undone, except from a backup.")) {
                viewModel.deleteSelected();
            }
        });
    }

    private static FileChooser zipChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pulseport backup (*.zip)", "*.zip"));
        return chooser;
    }

    private static boolean confirmed(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private Window window() {
        return backup.getScene().getWindow();
    }
}
