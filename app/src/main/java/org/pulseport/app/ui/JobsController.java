package org.pulseport.app.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.pulseport.app.store.DeadLetterRepository.DeadLetter;
import org.pulseport.app.store.JobRunRepository.JobRun;
import org.pulseport.app.store.JobRunRepository.JobStats;

/** Binds the Jobs view's tables and buttons to its {@link JobsViewModel}. */
public final class JobsController {

    private final JobsViewModel viewModel;

    @FXML
    private TableView<JobStats> statsTable;
    @FXML
    private TableView<DeadLetter> deadLetterTable;
    @FXML
    private TableView<JobRun> runsTable;
    @FXML
    private Label message;

    public JobsController(JobsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        statsTable.setItems(viewModel.stats());
        statsTable.getColumns().setAll(List.of(
                column("Job", JobStats::jobName),
                column("Runs", s -> String.valueOf(s.runs())),
                column("Failed", s -> String.valueOf(s.failures())),
                column("Failure rate", JobsViewModel::failureRate),
                column("Last run", s -> String.valueOf(s.lastRun()))));
        deadLetterTable.setItems(viewModel.deadLetters());
        TableColumn<DeadLetter, DeadLetter> actions = new TableColumn<>("");
        actions.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        actions.setCellFactory(c -> new DeadLetterActions());
        deadLetterTable.getColumns().setAll(List.of(
                column("Failed at", d -> String.valueOf(d.failedAt())),
                column("Job", DeadLetter::taskName),
                column("Instance", DeadLetter::taskInstance),
                column("Attempts", d -> String.valueOf(d.attempts())),
                column("Error", d -> d.errorCode() + ": " + d.errorMessage())));
        deadLetterTable.getColumns().add(actions);
        runsTable.setItems(viewModel.runs());
        runsTable.getColumns().setAll(List.of(
                column("Started", r -> String.valueOf(r.startedAt())),
                column("Job", JobRun::jobName),
                column("Instance", JobRun::taskInstance),
                column("Attempt", r -> String.valueOf(r.attempt())),
                column("Status", JobRun::status),
                column("Detail", r -> r.errorMessage() == null ? "" : r.errorMessage())));
        deadLetterTable.setPlaceholder(new Label("No dead letters: every job succeeded or is still being retried."));
        statsTable.setPlaceholder(new Label("No finished jobs in the last 7 days."));
        runsTable.setPlaceholder(new Label("No job runs yet."));
        for (TableView<?> table : List.of(statsTable, deadLetterTable, runsTable)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.refresh();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private final class DeadLetterActions extends TableCell<DeadLetter, DeadLetter> {
        private final Button retry = new Button("Retry");
        private final Button discard = new Button("Discard");
        private final HBox box = new HBox(6, retry, discard);

        DeadLetterActions() {
            retry.setOnAction(e -> viewModel.retry(getItem()));
            discard.setOnAction(e -> viewModel.discard(getItem()));
        }

        @Override
        protected void updateItem(DeadLetter item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : box);
        }
    }
}
