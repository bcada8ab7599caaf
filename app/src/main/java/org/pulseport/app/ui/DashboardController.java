package org.pulseport.app.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Binds the dashboard's labels to its {@link DashboardViewModel}. */
public final class DashboardController {

    private final DashboardViewModel viewModel;

    @FXML
    private Label profileName;
    @FXML
    private Label latestGlucose;
    @FXML
    private Label latestGlucoseDetail;
    @FXML
    private Label storedReadings;
    @FXML
    private GlucoseChart lastDayChart;
    @FXML
    private javafx.scene.control.Button syncNow;
    @FXML
    private Label syncStatus;

    public DashboardController(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        profileName.textProperty().bind(viewModel.profileNameProperty());
        latestGlucose.textProperty().bind(viewModel.glucoseProperty());
        latestGlucoseDetail.textProperty().bind(viewModel.glucoseDetailProperty());
        storedReadings.textProperty().bind(viewModel.storedReadingsProperty());
        syncNow.disableProperty().bind(viewModel.syncingProperty());
        syncNow.setOnAction(e -> viewModel.syncNow());
        syncStatus.textProperty().bind(viewModel.syncStatusProperty());
        viewModel.lastDayProperty().addListener((o, before, now) -> drawLastDay());
        drawLastDay();
    }

    private void drawLastDay() {
        lastDayChart.show(viewModel.lastDayProperty().get(), viewModel.unitLabelProperty().get(), viewModel.zone());
    }
}
