package org.pulseport.app.analytics;

import java.util.Locale;
import org.pulseport.core.model.MetricType;

/** Human-readable names, units and number formats of metrics for messages and reports. */
public final class MetricLabels {

    private MetricLabels() {
    }

    /** "Resting heart rate", "HRV (RMSSD)", "Steps", … */
    public static String name(MetricType metric) {
        if (metric == MetricType.HRV_RMSSD) {
            return "HRV (RMSSD)";
        }
        if (metric == MetricType.SPO2) {
            return "SpO2";
        }
        String words = metric.code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The canonical unit as people write it: braces dropped ("steps"), "Cel" as "°C". */
    public static String unit(MetricType metric) {
        String ucum = metric.ucumUnit();
        return "Cel".equals(ucum) ? "°C" : ucum.replace("{", "").replace("}", "");
    }

    /** A value in the canonical unit with that unit, e.g. "62 /min" or "9500 steps". */
    public static String withUnit(MetricType metric, double value) {
        return number(value) + " " + unit(metric);
    }

    /** Whole numbers without decimals, anything else with one decimal; dot as decimal separator. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        boolean whole = Math.abs(value - Math.rint(value)) < 0.05;
        return String.format(Locale.ROOT, whole ? "%.0f" : "%.1f", value);
    }
}
