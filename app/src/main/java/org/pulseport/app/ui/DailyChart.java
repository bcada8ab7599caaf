package org.pulseport.app.ui;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.pulseport.core.model.TimeSeries;

/** Daily values with their 7- and 30-day rolling averages over a date axis. */
public final class DailyChart extends LineChart<Number, Number> {

    private final TimeAxis timeAxis;
    private final NumberAxis valueAxis;

    public DailyChart() {
        this(new TimeAxis(), new NumberAxis());
    }

    private DailyChart(TimeAxis timeAxis, NumberAxis valueAxis) {
        super(timeAxis, valueAxis);
        this.timeAxis = timeAxis;
        this.valueAxis = valueAxis;
        valueAxis.setForceZeroInRange(false);
        setAnimated(false);
        setCreateSymbols(false);
        getStyleClass().add("daily-chart");
    }

    public void show(ActivityViewModel.DailyLines lines, ZoneId zone) {
        valueAxis.setLabel(lines.unit());
        TimeSeries daily = lines.daily();
        if (daily.size() > 0) {
            timeAxis.show(daily.epochMillis(0) - 43_200_000L, daily.epochMillis(daily.size() - 1) + 43_200_000L, zone);
        }
        getData().setAll(List.of(series("Daily", daily), series("7-day average", lines.rolling7()),
                series("30-day average", lines.rolling30())));
    }

    private static XYChart.Series<Number, Number> series(String name, TimeSeries values) {
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
        for (int i = 0; i < values.size(); i++) {
            data.add(new XYChart.Data<>(values.epochMillis(i), values.value(i)));
        }
        return new XYChart.Series<>(name, data);
    }
}
