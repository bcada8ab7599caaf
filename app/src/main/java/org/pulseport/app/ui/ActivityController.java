package org.pulseport.app.ui;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.pulseport.app.store.AnalyticsRepository.ScoreRow;
import org.pulseport.core.model.MetricType;

/** Binds the Activity & Sleep view to its {@link ActivityViewModel}. */
public final class ActivityController {

    private final ActivityViewModel viewModel;

    @FXML
    private ComboBox<MetricType> metricChoice;
    @FXML
    private ChoiceBox<ActivityViewModel.Period> periodChoice;
    @FXML
    private DailyChart dailyChart;
    @FXML
    private FlowPane scores;
    @FXML
    private CorrelationHeatMap heatMap;
    @FXML
    private Label message;

    public ActivityController(ActivityViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        metricChoice.setItems(viewModel.metrics());
        metricChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(MetricType metric) {
                return metric == null ? "" : MetricNames.of(metric);
            }

            @Override
            public MetricType fromString(String text) {
                throw new UnsupportedOperationException("choices are not parsed");
            }
        });
        metricChoice.valueProperty().bindBidirectional(viewModel.metricProperty());
        periodChoice.getItems().setAll(ActivityViewModel.Period.values());
        periodChoice.valueProperty().bindBidirectional(viewModel.periodProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.linesProperty().addListener((o, before, now) -> dailyChart.show(now, viewModel.zone()));
        viewModel.scores().addListener((ListChangeListener<ScoreRow>) change -> showScores());
        viewModel.correlations().addListener((ListChangeListener<Object>) change -> heatMap.show(viewModel.correlations()));
        dailyChart.show(viewModel.linesProperty().get(), viewModel.zone());
        showScores();
        heatMap.show(viewModel.correlations());
    }

    private void showScores() {
        scores.getChildren().clear();
        for (ScoreRow score : viewModel.scores()) {
            Label name = new Label(label(score.kind()));
            name.getStyleClass().add("text-muted");
            Label value = new Label(score.score() == null ? "–" : String.valueOf(Math.round(score.score())));
            value.getStyleClass().add("score-value");
            value.setId("score-" + score.kind().toLowerCase(Locale.ROOT));
            Label confidence = new Label(String.format("confidence %.0f %%", 100 * score.confidence()));
            confidence.getStyleClass().add("text-muted");
            VBox card = new VBox(2, name, value, confidence);
            card.getStyleClass().add("card");
            Tooltip.install(card, new Tooltip(score.day() + "\nFrom: " + (score.inputsUsed().isEmpty() ? "no data" : score.inputsUsed())
                    + (score.missing().isEmpty() ? "" : "\nMissing: " + score.missing())));
            scores.getChildren().add(card);
        }
    }

    private static String label(String kind) {
        return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
    }
}
