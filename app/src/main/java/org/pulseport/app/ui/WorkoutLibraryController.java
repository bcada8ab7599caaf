package org.pulseport.app.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.pulseport.core.model.Sport;

/** Binds the workout library's lists, editor, profile chart and buttons to its {@link WorkoutLibraryViewModel}. */
public final class WorkoutLibraryController {

    private final WorkoutLibraryViewModel viewModel;
    private final IntensityProfileChart chart = new IntensityProfileChart(520, 120);

    @FXML
    private ListView<WorkoutLibraryViewModel.Row> workoutList;
    @FXML
    private ListView<WorkoutLibraryViewModel.Row> calendarList;
    @FXML
    private TextField nameField;
    @FXML
    private ComboBox<Sport> sportBox;
    @FXML
    private TextArea stepsArea;
    @FXML
    private Label stepError;
    @FXML
    private StackPane profilePane;
    @FXML
    private DatePicker datePicker;
    @FXML
    private TextField timeField;
    @FXML
    private Label message;

    public WorkoutLibraryController(WorkoutLibraryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        workoutList.setItems(viewModel.workouts());
        workoutList.setCellFactory(list -> new BadgeCell());
        workoutList.getSelectionModel().selectedItemProperty().addListener((o, before, row) -> {
            if (row != null) {
                viewModel.edit(row);
            }
        });
        calendarList.setItems(viewModel.calendar());
        calendarList.setCellFactory(list -> new BadgeCell());
        nameField.textProperty().bindBidirectional(viewModel.name());
        sportBox.getItems().setAll(Sport.values());
        sportBox.valueProperty().bindBidirectional(viewModel.sport());
        stepsArea.textProperty().bindBidirectional(viewModel.steps());
        stepError.textProperty().bind(viewModel.stepError());
        message.textProperty().bind(viewModel.message());
        profilePane.getChildren().add(chart);
        viewModel.profile().addListener((ListChangeListener<Object>) change -> chart.draw(viewModel.profile()));
        datePicker.setValue(LocalDate.now().plusDays(1));
        timeField.setText("07:00");
        viewModel.newWorkout();
        viewModel.load();
    }

    @FXML
    private void newWorkout() {
        workoutList.getSelectionModel().clearSelection();
        viewModel.newWorkout();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void schedule() {
        try {
            viewModel.schedule(datePicker.getValue(), LocalTime.parse(timeField.getText().trim()));
        } catch (DateTimeParseException e) {
            viewModel.schedule(datePicker.getValue(), null);
        }
    }

    @FXML
    private void syncNow() {
        viewModel.syncNow();
    }

    /** A row with its badges, and the statuses with their errors as tooltip. */
    private static final class BadgeCell extends ListCell<WorkoutLibraryViewModel.Row> {
        @Override
        protected void updateItem(WorkoutLibraryViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.toString());
            setTooltip(empty || row == null ? null : new Tooltip(row.tooltip()));
        }
    }
}
