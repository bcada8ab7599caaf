package org.pulseport.app.analytics;

import java.time.Instant;
import org.pulseport.core.model.MetricType;

/**
 * Something unusual in new data, for the notification system: what, how severe, when, the value that
 * triggered it, what it was compared with and a message a person can read.
 */
public sealed interface Anomaly permits GlucoseExcursion, BaselineDeviation {

    AnomalyCategory category();

    AnomalySeverity severity();

    MetricType metric();

    /** First instant of the anomaly. */
    Instant start();

    /** Last instant of the anomaly (inclusive for readings, exclusive for a day). */
    Instant end();

    /** The triggering value in the metric's canonical unit (for glucose the most extreme reading, mg/dL). */
    double value();

    /** What the value was compared with: the personal baseline median, or the clinical threshold crossed. */
    double baseline();

    /** A short message saying what happened, in the user's units. */
    String message();
}
