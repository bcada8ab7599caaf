package org.pulseport.app.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * A glucose-over-time line chart: a time axis labelled in local time, the value axis in the unit shown, no
 * symbols or animation (thousands of points). Callers hand it at most a few thousand points.
 */
public final class GlucoseChart extends LineChart<Number, Number> {

    private static final DateTimeFormatter DAY_TICK = DateTimeFormatter.ofPattern("EEE d MMM");
    private static final DateTimeFormatter HOUR_TICK = DateTimeFormatter.ofPattern("HH:mm");
    private static final long TWO_DAYS_MS = 2 * 24 * 3600_000L;

    private final NumberAxis timeAxis;
    private final NumberAxis valueAxis;
    private ZoneId zone = ZoneId.systemDefault();

    public GlucoseChart() {
        this(new NumberAxis(), new NumberAxis());
    }

    private GlucoseChart(NumberAxis timeAxis, NumberAxis valueAxis) {
        super(timeAxis, valueAxis);
        this.timeAxis = timeAxis;
        this.valueAxis = valueAxis;
        timeAxis.setForceZeroInRange(false);
        timeAxis.setMinorTickVisible(false);
        valueAxis.setForceZeroInRange(false);
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("glucose-chart");
    }

    /** Shows the points (x epoch milliseconds, y in {@code unitLabel}), labelling times in {@code timeZone}. */
    public void show(ChartSeries points, String unitLabel, ZoneId timeZone) {
        this.zone = timeZone;
        valueAxis.setLabel(unitLabel);
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
        for (int i = 0; i < points.size(); i++) {
            data.add(new XYChart.Data<>(points.x()[i], points.y()[i]));
        }
        if (points.size() > 1) {
            long first = points.x()[0];
            long last = points.x()[points.size() - 1];
            timeAxis.setAutoRanging(false);
            timeAxis.setLowerBound(first);
            timeAxis.setUpperBound(last);
            timeAxis.setTickUnit(Math.max(1, (last - first) / 8.0));
            DateTimeFormatter format = last - first > TWO_DAYS_MS ? DAY_TICK : HOUR_TICK;
            timeAxis.setTickLabelFormatter(new TimeLabels(format));
        }
        getData().setAll(List.of(new XYChart.Series<>("Glucose", data)));
    }

    private final class TimeLabels extends StringConverter<Number> {
        private final DateTimeFormatter format;

        TimeLabels(DateTimeFormatter format) {
            this.format = format;
        }

        @Override
        public String toString(Number epochMillis) {
            return format.format(Instant.ofEpochMilli(epochMillis.longValue()).atZone(zone));
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }
    }
}
