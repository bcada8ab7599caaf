package org.pulseport.app.ui;

import static org.pulseport.app.ui.TableColumns.text;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueMonitoring;

/** Binds the Sync health panel's four tables, Retry/Discard buttons and messages to its {@link SyncHealthViewModel}. */
public final class SyncHealthController {

    private final SyncHealthViewModel viewModel;

    @FXML
    private Label summary;
    @FXML
    private Label scope;
    @FXML
    private CheckBox allProfiles;
    @FXML
    private Label message;
    @FXML
    private TableView<QueueMonitoring.PendingCount> pendingTable;
    @FXML
    private TableView<QueueMonitoring.ErrorCount> errorTable;
    @FXML
    private TableView<QueueEntry> failedTable;
    @FXML
    private TableView<QueueMonitoring.SuccessRate> ratesTable;

    public SyncHealthController(SyncHealthViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        scope.textProperty().bind(viewModel.scopeProperty());
        allProfiles.selectedProperty().bindBidirectional(viewModel.allProfilesProperty());
        pendingTable.setItems(viewModel.pending());
        pendingTable.getColumns().setAll(List.of(
                text("Provider", QueueMonitoring.PendingCount::provider),
                text("Operation", QueueMonitoring.PendingCount::operation),
                text("Entity", p -> SyncHealthViewModel.entity(p.entityType())),
                text("Pending", p -> String.valueOf(p.pending()))));
        errorTable.setItems(viewModel.errorPatterns());
        errorTable.getColumns().setAll(List.of(
                text("Error type", QueueMonitoring.ErrorCount::errorType),
                text("Operations", e -> String.valueOf(e.count()))));
        failedTable.setItems(viewModel.failed());
        TableColumn<QueueEntry, QueueEntry> actions = TableColumns.retryOrDiscard(viewModel::retry, viewModel::discard);
        actions.setMinWidth(160);
        TableColumn<QueueEntry, String> error = text("Error", SyncHealthViewModel::error);
        error.setPrefWidth(420);
        failedTable.getColumns().setAll(List.of(
                text("Last attempt", viewModel::when),
                text("Provider", QueueEntry::provider),
                text("Entity", e -> SyncHealthViewModel.entity(e.entityType())),
                text("Operation", QueueEntry::operation),
                text("Retries", SyncHealthViewModel::attempts),
                actions, error));
        ratesTable.setItems(viewModel.successRates());
        ratesTable.getColumns().setAll(List.of(
                text("Provider", QueueMonitoring.SuccessRate::provider),
                text("Total", r -> String.valueOf(r.total())),
                text("Succeeded", r -> String.valueOf(r.succeeded())),
                text("Rate", SyncHealthViewModel::rate)));
        pendingTable.setPlaceholder(new Label("Nothing pending."));
        errorTable.setPlaceholder(new Label("No operation is waiting for a retry."));
        failedTable.setPlaceholder(new Label("No failed operations."));
        ratesTable.setPlaceholder(new Label("No operations finished in the last 24 hours."));
        for (TableView<?> table : List.of(pendingTable, errorTable, ratesTable)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        }
        failedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.textProperty().bind(viewModel.summaryProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
