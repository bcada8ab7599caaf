package org.pulseport.app.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.pulseport.core.model.MetricType;

/**
 * A sustained glucose excursion beyond a clinical threshold.
 *
 * @param value    the most extreme reading of the episode (lowest for lows, highest for highs), mg/dL
 * @param baseline the threshold crossed, mg/dL
 */
public record GlucoseExcursion(AnomalyCategory category, AnomalySeverity severity, Instant start, Instant end,
                               double value, double baseline, String message) implements Anomaly {

    public GlucoseExcursion {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public MetricType metric() {
        return MetricType.GLUCOSE;
    }

    /** Time from the first to the last reading beyond the threshold. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
