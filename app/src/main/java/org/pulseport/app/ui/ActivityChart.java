package org.pulseport.app.ui;

import org.pulseport.core.model.TimeSeries;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * One channel of an activity over its elapsed time in minutes: no symbols, no animation, points already reduced
 * by {@link ActivityCharts}.
 */
public final class ActivityChart extends LineChart<Number, Number> {

    private static final double MS_PER_MINUTE = 60_000.0;

    private final NumberAxis valueAxis;

    public ActivityChart() {
        this(new NumberAxis(), new NumberAxis());
    }

    private ActivityChart(NumberAxis timeAxis, NumberAxis valueAxis) {
        super(timeAxis, valueAxis);
        this.valueAxis = valueAxis;
        timeAxis.setLabel("Minutes");
        timeAxis.setMinorTickVisible(false);
        valueAxis.setForceZeroInRange(false);
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("activity-chart");
    }

    /** Shows the points (x epoch milliseconds) against minutes since the first point. */
    public void show(TimeSeries points, String label) {
        valueAxis.setLabel(label);
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
        long first = points.size() == 0 ? 0 : points.epochMillis(0);
        for (int i = 0; i < points.size(); i++) {
            data.add(new XYChart.Data<>((points.epochMillis(i) - first) / MS_PER_MINUTE, points.value(i)));
        }
        getData().setAll(List.of(new XYChart.Series<>(label, data)));
    }
}
