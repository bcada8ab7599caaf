package org.pulseport.app.ui;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the dashboard's cards, attention list and chart to its {@link DashboardViewModel}. */
public final class DashboardController {

    private final DashboardViewModel viewModel;

    @FXML
    private Label profileName;
    @FXML
    private Label latestGlucose;
    @FXML
    private Label latestGlucoseDetail;
    @FXML
    private Label inRange;
    @FXML
    private TimeInRangeBar todayBar;
    @FXML
    private Label sleep;
    @FXML
    private Label sleepDetail;
    @FXML
    private Label readiness;
    @FXML
    private Label recovery;
    @FXML
    private Label nextWorkout;
    @FXML
    private Label storedReadings;
    @FXML
    private GlucoseChart lastDayChart;
    @FXML
    private Button syncNow;
    @FXML
    private Label syncStatus;
    @FXML
    private VBox attention;
    @FXML
    private FlowPane sources;

    public DashboardController(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        profileName.textProperty().bind(viewModel.profileNameProperty());
        latestGlucose.textProperty().bind(viewModel.glucoseProperty());
        latestGlucoseDetail.textProperty().bind(viewModel.glucoseDetailProperty());
        inRange.textProperty().bind(viewModel.inRangeProperty());
        sleep.textProperty().bind(viewModel.sleepProperty());
        sleepDetail.textProperty().bind(viewModel.sleepDetailProperty());
        readiness.textProperty().bind(viewModel.readinessProperty());
        recovery.textProperty().bind(viewModel.recoveryProperty());
        nextWorkout.textProperty().bind(viewModel.nextWorkoutProperty());
        storedReadings.textProperty().bind(viewModel.storedReadingsProperty());
        syncNow.disableProperty().bind(viewModel.syncingProperty());
        syncNow.setOnAction(e -> viewModel.syncNow());
        syncStatus.textProperty().bind(viewModel.syncStatusProperty());
        viewModel.todayRangesProperty().addListener((o, before, now) -> showTodayBar());
        viewModel.lastDayProperty().addListener((o, before, now) -> drawLastDay());
        viewModel.attention().addListener((ListChangeListener<DashboardViewModel.AttentionItem>) change -> showAttention());
        viewModel.sources().addListener((ListChangeListener<DashboardViewModel.SourceChip>) change -> showSources());
        showTodayBar();
        drawLastDay();
        showAttention();
        showSources();
    }

    private void showTodayBar() {
        todayBar.setVisible(viewModel.todayRangesProperty().get() != null);
        if (viewModel.todayRangesProperty().get() != null) {
            todayBar.show(viewModel.todayRangesProperty().get(), viewModel.unit());
        }
    }

    private void drawLastDay() {
        lastDayChart.show(viewModel.lastDayProperty().get(), viewModel.unitLabelProperty().get(), viewModel.zone());
    }

    private void showAttention() {
        attention.getChildren().clear();
        attention.setVisible(!viewModel.attention().isEmpty());
        attention.setManaged(!viewModel.attention().isEmpty());
        if (viewModel.attention().isEmpty()) {
            return;
        }
        Label title = new Label("Needs attention");
        title.getStyleClass().add("title-4");
        attention.getChildren().add(title);
        for (DashboardViewModel.AttentionItem item : viewModel.attention()) {
            Label message = new Label(item.message());
            message.setWrapText(true);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button fix = new Button(item.action());
            fix.setOnAction(e -> viewModel.fix(item));
            HBox row = new HBox(12, message, gap, fix);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("attention-item");
            attention.getChildren().add(row);
        }
    }

    private void showSources() {
        sources.getChildren().clear();
        if (viewModel.sources().isEmpty()) {
            Label none = new Label("No data sources yet");
            none.getStyleClass().add("text-muted");
            sources.getChildren().add(none);
        }
        for (DashboardViewModel.SourceChip source : viewModel.sources()) {
            Label chip = new Label((source.healthy() ? "● " : "○ ") + source.name());
            chip.setTooltip(new Tooltip(source.detail()));
            chip.getStyleClass().addAll("connection-chip", source.healthy() ? "chip-ok" : "chip-problem");
            sources.getChildren().add(chip);
        }
    }
}
