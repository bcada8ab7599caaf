package org.pulseport.app.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * An axis of epoch milliseconds whose ticks fall on local calendar boundaries ({@link CalendarTicks}) in a time
 * zone, as many as fit the axis length with room for their labels. Its range is set by {@link #show}.
 */
final class TimeAxis extends ValueAxis<Number> {

    private static final double PIXELS_PER_LABEL = 90;

    private ZoneId zone = ZoneId.systemDefault();
    private CalendarTicks ticks = new CalendarTicks(List.of(), CalendarTicks.Step.DAY);

    TimeAxis() {
        super(0, 1);
        setAutoRanging(false);
        setMinorTickVisible(false);
    }

    /** Shows {@code from} to {@code to} with ticks and labels in {@code timeZone}. */
    void show(long from, long to, ZoneId timeZone) {
        zone = timeZone;
        setLowerBound(from);
        setUpperBound(to);
        requestAxisLayout();
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound(), getScale()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
        setScale(bounds[2]);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        ticks = CalendarTicks.between((long) bounds[0], (long) bounds[1], zone, (int) Math.floor(length / PIXELS_PER_LABEL));
        return new ArrayList<>(ticks.epochMillis());
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return ticks.label(value.longValue(), zone);
    }
}
