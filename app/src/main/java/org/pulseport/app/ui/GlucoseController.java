package org.pulseport.app.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;

/** Binds the glucose view's controls to its {@link GlucoseViewModel}; draws the chart from its series. */
public final class GlucoseController {

    private final GlucoseViewModel viewModel;

    @FXML
    private ChoiceBox<GlucoseViewModel.Range> rangeChoice;
    @FXML
    private Label latestValue;
    @FXML
    private Label latestAge;
    @FXML
    private Label meanValue;
    @FXML
    private Label readingCount;
    @FXML
    private Label unitLabel;
    @FXML
    private Label emptyLabel;
    @FXML
    private GlucoseChart chart;

    public GlucoseController(GlucoseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        rangeChoice.getItems().setAll(GlucoseViewModel.Range.values());
        rangeChoice.valueProperty().bindBidirectional(viewModel.rangeProperty());
        latestValue.textProperty().bind(viewModel.latestProperty());
        latestAge.textProperty().bind(viewModel.latestAgeProperty());
        meanValue.textProperty().bind(viewModel.meanProperty());
        readingCount.textProperty().bind(viewModel.readingsProperty());
        unitLabel.textProperty().bind(viewModel.unitLabelProperty());
        emptyLabel.textProperty().bind(viewModel.emptyMessageProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyMessageProperty().isNotEmpty());
        viewModel.seriesProperty().addListener((o, before, now) -> draw());
        draw();
    }

    private void draw() {
        chart.show(viewModel.seriesProperty().get(), viewModel.unitLabelProperty().get(), viewModel.zone());
    }
}
