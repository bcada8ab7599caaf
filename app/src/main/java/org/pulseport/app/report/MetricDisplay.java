package org.pulseport.app.report;

import org.pulseport.app.analytics.MetricLabels;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;

/**
 * How a metric's canonical values are shown in a report: glucose in the chosen glucose unit, sleep
 * duration in hours, everything else in its canonical unit.
 */
final class MetricDisplay {

    private static final double SECONDS_PER_HOUR = 3600;

    private MetricDisplay() {
    }

    static String unit(MetricType metric, GlucoseUnit glucoseUnit) {
        if (metric == MetricType.GLUCOSE) {
            return glucoseUnit.label();
        }
        return metric == MetricType.SLEEP_DURATION ? "h" : MetricLabels.unit(metric);
    }

    /** The value in the display unit; "-" for no value. */
    static String value(MetricType metric, GlucoseUnit glucoseUnit, Double canonical) {
        if (canonical == null || canonical.isNaN()) {
            return "-";
        }
        if (metric == MetricType.GLUCOSE) {
            return glucoseUnit.display(canonical).toPlainString();
        }
        if (metric == MetricType.SLEEP_DURATION) {
            return ReportFormat.decimal(canonical / SECONDS_PER_HOUR, 1);
        }
        return MetricLabels.number(canonical);
    }
}
