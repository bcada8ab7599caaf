package org.pulseport.app.ui;

import org.pulseport.core.model.TimeSeries;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.pulseport.core.activity.Channel;

/**
 * Binds the activities view to {@link ActivitiesViewModel}: the list, the summary, laps and charts, File > Import
 * and dropping FIT files anywhere on the view.
 */
public final class ActivitiesController {

    private final ActivitiesViewModel viewModel;

    @FXML
    private Pane root;
    @FXML
    private ListView<ActivitiesViewModel.ActivityRow> activityList;
    @FXML
    private Label activityTitle;
    @FXML
    private Label activityStart;
    @FXML
    private Label activityDuration;
    @FXML
    private Label activityDistance;
    @FXML
    private Label activityHeartRate;
    @FXML
    private Label activityPower;
    @FXML
    private Label activityCadence;
    @FXML
    private Label activityAscent;
    @FXML
    private Label activityCalories;
    @FXML
    private Label activityNotes;
    @FXML
    private Label importFeedback;
    @FXML
    private Label activitiesEmpty;
    @FXML
    private VBox detail;
    @FXML
    private TableView<ActivitiesViewModel.LapRow> lapTable;
    @FXML
    private ActivityChart heartRateChart;
    @FXML
    private ActivityChart powerChart;
    @FXML
    private ActivityChart cadenceChart;
    @FXML
    private ActivityChart speedChart;

    public ActivitiesController(ActivitiesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        activityList.setItems(viewModel.activities());
        activityList.setCellFactory(list -> new ActivityCell());
        activityList.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, before, now) -> activityList.getSelectionModel().select(now));
        activityList.getSelectionModel().select(viewModel.selectedProperty().get());
        activityTitle.textProperty().bind(viewModel.titleProperty());
        activityStart.textProperty().bind(viewModel.startProperty());
        activityDuration.textProperty().bind(viewModel.durationProperty());
        activityDistance.textProperty().bind(viewModel.distanceProperty());
        activityHeartRate.textProperty().bind(viewModel.heartRateProperty());
        activityPower.textProperty().bind(viewModel.powerProperty());
        activityCadence.textProperty().bind(viewModel.cadenceProperty());
        activityAscent.textProperty().bind(viewModel.ascentProperty());
        activityCalories.textProperty().bind(viewModel.caloriesProperty());
        activityNotes.textProperty().bind(viewModel.notesProperty());
        importFeedback.textProperty().bind(viewModel.feedbackProperty());
        activitiesEmpty.textProperty().bind(viewModel.emptyMessageProperty());
        activitiesEmpty.visibleProperty().bind(viewModel.emptyMessageProperty().isNotEmpty());
        detail.visibleProperty().bind(viewModel.titleProperty().isNotEmpty());
        lapTable.setItems(viewModel.laps());
        lapTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lapTable.getColumns().setAll(List.of(column("Lap", ActivitiesViewModel.LapRow::number),
                column("Time", ActivitiesViewModel.LapRow::duration), column("Distance", ActivitiesViewModel.LapRow::distance),
                column("Heart rate avg/max", ActivitiesViewModel.LapRow::heartRate),
                column("Power avg", ActivitiesViewModel.LapRow::power)));
        viewModel.chartsProperty().addListener((o, before, now) -> draw(now));
        draw(viewModel.chartsProperty().get());
        root.setOnDragOver(this::acceptFiles);
        root.setOnDragDropped(this::dropFiles);
    }

    private static TableColumn<ActivitiesViewModel.LapRow, String> column(String title,
                                                                         Function<ActivitiesViewModel.LapRow, String> value) {
        TableColumn<ActivitiesViewModel.LapRow, String> column = TableColumns.text(title, value);
        column.setSortable(false);
        return column;
    }

    private void draw(Map<Channel, TimeSeries> charts) {
        heartRateChart.show(charts.getOrDefault(Channel.HEART_RATE, TimeSeries.empty()), ActivityCharts.label(Channel.HEART_RATE));
        powerChart.show(charts.getOrDefault(Channel.POWER, TimeSeries.empty()), ActivityCharts.label(Channel.POWER));
        cadenceChart.show(charts.getOrDefault(Channel.CADENCE, TimeSeries.empty()), ActivityCharts.label(Channel.CADENCE));
        speedChart.show(charts.getOrDefault(Channel.SPEED, TimeSeries.empty()), ActivityCharts.label(Channel.SPEED));
    }

    @FXML
    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import FIT activity files");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("FIT files", "*.fit", "*.FIT"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            viewModel.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropFiles(DragEvent event) {
        boolean files = event.getDragboard().hasFiles();
        if (files) {
            viewModel.importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(files);
        event.consume();
    }

    private static final class ActivityCell extends ListCell<ActivitiesViewModel.ActivityRow> {
        @Override
        protected void updateItem(ActivitiesViewModel.ActivityRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.title() + "\n" + row.detail());
        }
    }
}
