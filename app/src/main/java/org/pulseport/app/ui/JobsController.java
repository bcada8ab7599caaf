package org.pulseport.app.ui;

import static org.pulseport.app.ui.TableColumns.text;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
                text("Job", JobStats::jobName),
                text("Runs", s -> String.valueOf(s.runs())),
                text("Failed", s -> String.valueOf(s.failures())),
                text("Failure rate", JobsViewModel::failureRate),
                text("Last run", s -> String.valueOf(s.lastRun()))));
        deadLetterTable.setItems(viewModel.deadLetters());
        deadLetterTable.getColumns().setAll(List.of(
                text("Failed at", d -> String.valueOf(d.failedAt())),
                text("Job", DeadLetter::taskName),
                text("Instance", DeadLetter::taskInstance),
                text("Attempts", d -> String.valueOf(d.attempts())),
                text("Error", d -> d.errorCode() + ": " + d.errorMessage())));
        deadLetterTable.getColumns().add(TableColumns.retryOrDiscard(viewModel::retry, viewModel::discard));
        runsTable.setItems(viewModel.runs());
        runsTable.getColumns().setAll(List.of(
                text("Started", r -> String.valueOf(r.startedAt())),
                text("Job", JobRun::jobName),
                text("Instance", JobRun::taskInstance),
                text("Attempt", r -> String.valueOf(r.attempt())),
                text("Status", JobRun::status),
                text("Detail", r -> r.errorMessage() == null ? "" : r.errorMessage())));
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
}
