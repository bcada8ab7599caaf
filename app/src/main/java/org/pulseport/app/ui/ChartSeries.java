package org.pulseport.app.ui;

import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.TimeSeries;

/** Points ready for a chart: x in epoch milliseconds, y in the unit shown. */
public record ChartSeries(long[] x, double[] y) {

    public static final ChartSeries EMPTY = new ChartSeries(new long[0], new double[0]);

    /** Stored mg/dL glucose converted to the unit shown. */
    public static ChartSeries inUnit(TimeSeries mgDl, GlucoseUnit unit) {
        double[] y = mgDl.valuesCopy();
        for (int i = 0; i < y.length; i++) {
            y[i] = unit.fromMgDl(y[i]);
        }
        return new ChartSeries(mgDl.epochMillisCopy(), y);
    }

    public int size() {
        return x.length;
    }
}
