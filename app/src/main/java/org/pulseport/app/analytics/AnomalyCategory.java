package org.pulseport.app.analytics;

/** What kind of anomaly was found. */
public enum AnomalyCategory {
    /** Glucose below 54 mg/dL for at least 15 minutes. */
    GLUCOSE_URGENT_LOW,
    /** Glucose below 70 mg/dL for at least 15 minutes (and never below 54 for 15 minutes within it). */
    GLUCOSE_LOW,
    /** Glucose above 250 mg/dL for at least 15 minutes. */
    GLUCOSE_HIGH,
    /** Resting heart rate clearly above the personal 30-day baseline. */
    RESTING_HEART_RATE_UP,
    /** Heart rate variability clearly below the personal 30-day baseline. */
    HRV_DOWN,
    /** A daily value far from the personal 30-day baseline (|robust z| &gt; 3.5). */
    STATISTICAL_OUTLIER
}
