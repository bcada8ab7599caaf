package org.pulseport.app.ui;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.pulseport.app.analytics.Lttb;
import org.pulseport.core.model.TimeSeries;

/**
 * A glucose-over-time chart that stays fast over a year of 5-minute readings: it keeps the whole series but
 * draws only the visible part, downsampled (LTTB) to about one point per pixel, so the cost of drawing follows the
 * chart's width, not the number of readings. The mouse wheel zooms around the pointer; dragging pans.
 */
public final class GlucoseChart extends LineChart<Number, Number> {

    private static final int MIN_POINTS = 300;

    private final TimeAxis timeAxis;
    private final NumberAxis valueAxis;
    private TimeSeries full = TimeSeries.empty();
    private VisibleWindow window;
    private ZoneId zone = ZoneId.systemDefault();
    private double dragStartX = Double.NaN;
    private int drawnPoints;

    public GlucoseChart() {
        this(new TimeAxis(), new NumberAxis());
    }

    private GlucoseChart(TimeAxis timeAxis, NumberAxis valueAxis) {
        super(timeAxis, valueAxis);
        this.timeAxis = timeAxis;
        this.valueAxis = valueAxis;
        valueAxis.setForceZeroInRange(false);
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("glucose-chart");
        setOnScroll(e -> {
            if (window != null && e.getDeltaY() != 0) {
                zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, timeAt(e.getX()));
            }
        });
        setOnMousePressed(e -> dragStartX = e.getX());
        setOnMouseDragged(e -> {
            if (window != null && !Double.isNaN(dragStartX)) {
                double width = Math.max(1, timeAxis.getWidth());
                long millis = Math.round((dragStartX - e.getX()) / width * window.span());
                dragStartX = e.getX();
                pan(millis);
            }
        });
        widthProperty().addListener((o, before, now) -> redraw());
    }

    /** Shows a whole series (values already in {@code unitLabel}); times are labelled in {@code timeZone}. */
    public void show(TimeSeries series, String unitLabel, ZoneId timeZone) {
        this.full = series;
        this.zone = timeZone;
        valueAxis.setLabel(unitLabel);
        window = series.size() < 2 ? null : VisibleWindow.all(series.epochMillis(0), series.epochMillis(series.size() - 1));
        redraw();
    }

    /** Zooms by {@code factor} around the instant {@code anchor} (below 1 zooms in). */
    public void zoom(double factor, long anchor) {
        if (window != null) {
            show(window.zoom(factor, anchor));
        }
    }

    /** Moves the visible window by {@code millis} (positive: later), staying inside the data. */
    public void pan(long millis) {
        if (window != null) {
            show(window.pan(millis));
        }
    }

    /** The visible part of the time axis, or null when there is nothing to show. */
    public VisibleWindow visibleWindow() {
        return window;
    }

    /** How many points the chart currently draws. */
    public int drawnPoints() {
        return drawnPoints;
    }

    private long timeAt(double x) {
        double offset = timeAxis.sceneToLocal(localToScene(x, 0)).getX();
        return Math.round(timeAxis.getValueForDisplay(offset).doubleValue());
    }

    private void show(VisibleWindow next) {
        window = next;
        redraw();
    }

    private void redraw() {
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
        if (window != null) {
            TimeSeries visible = Lttb.downsample(full.between(window.from(), window.to()),
                    Math.max(MIN_POINTS, (int) Math.round(getWidth())));
            for (int i = 0; i < visible.size(); i++) {
                data.add(new XYChart.Data<>(visible.epochMillis(i), visible.value(i)));
            }
            timeAxis.show(window.from(), window.to(), zone);
        }
        drawnPoints = data.size();
        getData().setAll(List.of(new XYChart.Series<>("Glucose", data)));
    }
}
