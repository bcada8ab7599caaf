package org.pulseport.app.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.pulseport.app.analytics.GlucoseMetrics;
import org.pulseport.app.report.AgpReportInput;

/** Binds the glucose view's controls to its {@link GlucoseViewModel}; draws the charts from its data. */
public final class GlucoseController {

    private final GlucoseViewModel viewModel;

    @FXML
    private ChoiceBox<GlucoseViewModel.Range> rangeChoice;
    @FXML
    private ChoiceBox<GlucoseViewModel.AgpPeriod> agpPeriodChoice;
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
    @FXML
    private AgpChart agpChart;
    @FXML
    private TimeInRangeBar tirBar;
    @FXML
    private GridPane statistics;
    @FXML
    private Button exportPdf;
    @FXML
    private Label exportMessage;

    public GlucoseController(GlucoseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        rangeChoice.getItems().setAll(GlucoseViewModel.Range.values());
        rangeChoice.valueProperty().bindBidirectional(viewModel.rangeProperty());
        agpPeriodChoice.getItems().setAll(GlucoseViewModel.AgpPeriod.values());
        agpPeriodChoice.valueProperty().bindBidirectional(viewModel.agpPeriodProperty());
        latestValue.textProperty().bind(viewModel.latestProperty());
        latestAge.textProperty().bind(viewModel.latestAgeProperty());
        meanValue.textProperty().bind(viewModel.meanProperty());
        readingCount.textProperty().bind(viewModel.readingsProperty());
        unitLabel.textProperty().bind(viewModel.unitLabelProperty());
        emptyLabel.textProperty().bind(viewModel.emptyMessageProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyMessageProperty().isNotEmpty());
        exportMessage.textProperty().bind(viewModel.exportMessageProperty());
        exportPdf.disableProperty().bind(viewModel.agpProperty().isNull());
        exportPdf.setOnAction(e -> choosePdf());
        viewModel.seriesProperty().addListener((o, before, now) -> drawTrend());
        viewModel.agpProperty().addListener((o, before, now) -> showAgp(now));
        drawTrend();
        showAgp(viewModel.agpProperty().get());
    }

    private void drawTrend() {
        chart.show(viewModel.seriesProperty().get(), viewModel.unitLabelProperty().get(), viewModel.zone());
    }

    private void showAgp(AgpReportInput report) {
        if (report == null) {
            return;
        }
        agpChart.show(report.agp().percentiles(), report.unit());
        GlucoseMetrics m = report.agp().metrics();
        tirBar.show(m.timeInRanges(), report.unit());
        statistics.getChildren().clear();
        row(0, "Readings", String.format("%,d", m.readings()));
        row(1, "Time CGM active", String.format("%.1f %% (target > %.0f %%)", m.activePercent(), GlucoseMetrics.ACTIVE_TARGET_PERCENT));
        row(2, "Mean glucose", m.readings() == 0 ? "–" : report.unit().format(m.mean()));
        row(3, "GMI", m.readings() == 0 ? "–" : String.format("%.1f %% (%.0f mmol/mol)", m.gmiPercent(), m.gmiMmolPerMol()));
        row(4, "Glucose variability (CV)", m.readings() == 0 ? "–"
                : String.format("%.1f %% (target ≤ %.0f %%)", m.coefficientOfVariationPercent(), GlucoseMetrics.CV_TARGET_PERCENT));
    }

    private void row(int index, String name, String value) {
        Label label = new Label(name);
        label.getStyleClass().add("text-muted");
        Label shown = new Label(value);
        shown.setId("agp-" + index);
        statistics.addRow(index, label, shown);
    }

    private void choosePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the AGP report");
        chooser.setInitialFileName("agp-report.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(exportPdf.getScene().getWindow());
        if (file != null) {
            viewModel.exportPdf(file.toPath());
        }
    }
}
