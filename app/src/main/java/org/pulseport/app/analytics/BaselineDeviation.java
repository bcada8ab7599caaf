package org.pulseport.app.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.pulseport.core.model.MetricType;

/**
 * A daily value that deviates from the personal 30-day baseline: a vital-sign shift (resting heart rate up,
 * HRV down) or a statistical outlier of any daily metric.
 *
 * @param day      the local day of the value; {@code start}/{@code end} are its local midnights
 * @param value    the day's average, canonical unit
 * @param baseline the baseline median, canonical unit
 * @param robustZ  0.6745·(value − median)/MAD; NaN when the baseline has no spread (MAD 0)
 */
public record BaselineDeviation(AnomalyCategory category, AnomalySeverity severity, MetricType metric,
                                LocalDate day, Instant start, Instant end, double value, double baseline,
                                double robustZ, String message) implements Anomaly {

    public BaselineDeviation {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(message, "message");
    }
}
