package org.pulseport.app.ui;

import java.util.Locale;
import org.pulseport.core.model.MetricType;

/** Names of metrics for people: "resting_heart_rate" → "Resting heart rate". */
public final class MetricNames {

    private MetricNames() {
    }

    public static String of(MetricType metric) {
        String words = metric.code().replace('_', ' ').replace("hrv rmssd", "HRV (RMSSD)").replace("spo2", "SpO₂");
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
