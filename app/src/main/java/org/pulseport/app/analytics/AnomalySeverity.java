package org.pulseport.app.analytics;

/** How urgently an anomaly should reach the user. */
public enum AnomalySeverity {
    /** Worth a look: a statistical outlier or a mild shift. */
    INFO,
    /** Needs attention today: a sustained low or high glucose, a clear vital-sign shift. */
    WARNING,
    /** Needs action now: a sustained glucose below 54 mg/dL. */
    URGENT
}
