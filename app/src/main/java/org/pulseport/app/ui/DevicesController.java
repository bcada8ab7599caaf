package org.pulseport.app.ui;

import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.pulseport.core.model.Profile;

/** Binds the Devices view (pairing card, import card, problem card, devices and history tables) to its view model. */
public final class DevicesController {

    private static final String CHOOSE_A_PROFILE = "Choose a profile";

    private final DevicesViewModel viewModel;

    @FXML
    private CheckBox clinicMode;
    @FXML
    private Label watchStatus;
    @FXML
    private VBox pairingCard;
    @FXML
    private Label pairingTitle;
    @FXML
    private Label pairingQuestion;
    @FXML
    private VBox chooseProfilePane;
    @FXML
    private ComboBox<Profile> pairingProfile;
    @FXML
    private Button pairButton;
    @FXML
    private TextField newPatientName;
    @FXML
    private Button createAndPair;
    @FXML
    private VBox confirmPane;
    @FXML
    private Button confirmImport;
    @FXML
    private Button differentPatient;
    @FXML
    private Button dismissPrompt;
    @FXML
    private Label pairingFeedback;
    @FXML
    private VBox importCard;
    @FXML
    private Label importTitle;
    @FXML
    private ProgressBar importProgress;
    @FXML
    private Button cancelImport;
    @FXML
    private Label importProgressText;
    @FXML
    private Label importResult;
    @FXML
    private VBox problemCard;
    @FXML
    private Label deviceProblem;
    @FXML
    private ToggleButton showUdevRule;
    @FXML
    private TextArea udevRules;
    @FXML
    private TableView<DevicesViewModel.DeviceRow> devicesTable;
    @FXML
    private TableColumn<DevicesViewModel.DeviceRow, String> deviceColumn;
    @FXML
    private TableColumn<DevicesViewModel.DeviceRow, String> serialColumn;
    @FXML
    private TableColumn<DevicesViewModel.DeviceRow, String> profileColumn;
    @FXML
    private TableColumn<DevicesViewModel.DeviceRow, String> statusColumn;
    @FXML
    private TableColumn<DevicesViewModel.DeviceRow, String> clockColumn;
    @FXML
    private Button importNow;
    @FXML
    private Button pairDevice;
    @FXML
    private Button unpairDevice;
    @FXML
    private TableView<DevicesViewModel.ImportRow> historyTable;
    @FXML
    private TableColumn<DevicesViewModel.ImportRow, String> whenColumn;
    @FXML
    private TableColumn<DevicesViewModel.ImportRow, String> historyProfileColumn;
    @FXML
    private TableColumn<DevicesViewModel.ImportRow, String> historyDeviceColumn;
    @FXML
    private TableColumn<DevicesViewModel.ImportRow, String> resultColumn;
    @FXML
    private TableColumn<DevicesViewModel.ImportRow, String> noteColumn;

    public DevicesController(DevicesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        clinicMode.selectedProperty().bindBidirectional(viewModel.clinicModeProperty());
        watchStatus.textProperty().bind(viewModel.watchStatusProperty());

        ObservableValue<DevicesViewModel.Prompt> prompt = viewModel.promptProperty();
        showWhen(pairingCard, viewModel.promptProperty().isNotNull());
        pairingTitle.textProperty().bind(viewModel.promptProperty().map(DevicesViewModel.Prompt::title).orElse(""));
        pairingQuestion.textProperty().bind(viewModel.promptProperty().map(DevicesViewModel.Prompt::question).orElse(""));
        showWhen(chooseProfilePane, viewModel.promptProperty().map(p -> p.kind() == DevicesViewModel.Prompt.Kind.CHOOSE_PROFILE)
                .orElse(false));
        showWhen(confirmPane, viewModel.promptProperty().map(p -> p.kind() == DevicesViewModel.Prompt.Kind.CONFIRM_PATIENT)
                .orElse(false));
        pairingProfile.setItems(viewModel.profiles());
        pairingProfile.setCellFactory(list -> new ProfileCell(CHOOSE_A_PROFILE));
        pairingProfile.setButtonCell(new ProfileCell(CHOOSE_A_PROFILE));
        pairingProfile.valueProperty().bindBidirectional(viewModel.chosenProfileProperty());
        pairButton.disableProperty().bind(viewModel.chosenProfileProperty().isNull());
        pairButton.setOnAction(e -> viewModel.pairWithChosenProfile());
        newPatientName.textProperty().bindBidirectional(viewModel.newProfileNameProperty());
        createAndPair.disableProperty().bind(viewModel.newProfileNameProperty().isEmpty());
        createAndPair.setOnAction(e -> viewModel.createProfileAndPair());
        newPatientName.setOnAction(e -> viewModel.createProfileAndPair());
        confirmImport.textProperty().bind(prompt.map(p -> "Import into " + p.pairedWith().map(Profile::name).orElse("?"))
                .orElse("Import"));
        confirmImport.setOnAction(e -> viewModel.confirmPatient());
        differentPatient.setOnAction(e -> viewModel.differentPatient());
        dismissPrompt.setOnAction(e -> viewModel.dismissPrompt());
        pairingFeedback.textProperty().bind(viewModel.promptFeedbackProperty());

        showWhen(importCard, viewModel.importVisibleProperty());
        importTitle.textProperty().bind(viewModel.importTitleProperty());
        importProgress.progressProperty().bind(viewModel.progressProperty());
        importProgressText.textProperty().bind(viewModel.progressTextProperty());
        importResult.textProperty().bind(viewModel.importResultProperty());
        viewModel.importFailedProperty().addListener((o, before, failed) -> styleResult(failed));
        cancelImport.disableProperty().bind(viewModel.importingProperty().not());
        cancelImport.setOnAction(e -> viewModel.cancelImport());

        showWhen(problemCard, viewModel.problemProperty().isNotEmpty().or(viewModel.offerUdevRuleProperty()));
        deviceProblem.textProperty().bind(viewModel.problemProperty());
        showWhen(showUdevRule, viewModel.offerUdevRuleProperty());
        showWhen(udevRules, showUdevRule.selectedProperty().and(viewModel.offerUdevRuleProperty()));
        udevRules.setText(viewModel.udevRuleHelp());

        devicesTable.setItems(viewModel.rows());
        TableColumns.bind(deviceColumn, DevicesViewModel.DeviceRow::device);
        TableColumns.bind(serialColumn, DevicesViewModel.DeviceRow::serialNumber);
        TableColumns.bind(profileColumn, DevicesViewModel.DeviceRow::profile);
        TableColumns.bind(statusColumn, DevicesViewModel.DeviceRow::status);
        TableColumns.bind(clockColumn, DevicesViewModel.DeviceRow::clock);
        devicesTable.setRowFactory(table -> new DeviceTableRow());
        Label empty = new Label();
        empty.textProperty().bind(viewModel.emptyMessageProperty());
        empty.setWrapText(true);
        devicesTable.setPlaceholder(empty);
        var selected = devicesTable.getSelectionModel().selectedItemProperty();
        importNow.disableProperty().bind(selected.map(row -> !row.canImportNow()).orElse(true));
        importNow.setOnAction(e -> viewModel.importNow(selected.get()));
        pairDevice.disableProperty().bind(selected.map(row -> !row.canPair()).orElse(true));
        pairDevice.setOnAction(e -> viewModel.pair(selected.get()));
        unpairDevice.disableProperty().bind(selected.map(row -> !row.paired()).orElse(true));
        unpairDevice.setOnAction(e -> viewModel.unpair(selected.get()));

        historyTable.setItems(viewModel.history());
        TableColumns.bind(whenColumn, DevicesViewModel.ImportRow::when);
        TableColumns.bind(historyProfileColumn, DevicesViewModel.ImportRow::profile);
        TableColumns.bind(historyDeviceColumn, DevicesViewModel.ImportRow::device);
        TableColumns.bind(resultColumn, DevicesViewModel.ImportRow::result);
        TableColumns.bind(noteColumn, DevicesViewModel.ImportRow::note);
        historyTable.setPlaceholder(new Label("No imports yet."));
        viewModel.reload();
    }

    private void styleResult(boolean failed) {
        importResult.getStyleClass().removeAll("danger-text");
        if (failed) {
            importResult.getStyleClass().add("danger-text");
        }
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Marks attached devices and devices whose clock needs setting. */
    private static final class DeviceTableRow extends TableRow<DevicesViewModel.DeviceRow> {
        @Override
        protected void updateItem(DevicesViewModel.DeviceRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("device-attached", "device-problem");
            if (!empty && row != null && row.attached()) {
                getStyleClass().add(row.state().filter(s -> s == org.pulseport.app.engine.DetectedDevice.State.PROBLEM)
                        .isPresent() ? "device-problem" : "device-attached");
            }
        }
    }
}
