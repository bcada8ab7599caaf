package org.pulseport.core.model;

/**
 * How far a single reading can be trusted, as reported by its source.
 */
public enum SampleQuality {
    /** A normal reading. */
    OK,
    /** Above the sensor's reportable range; the value is the range's upper limit. */
    ABOVE_RANGE,
    /** Below the sensor's reportable range; the value is the range's lower limit. */
    BELOW_RANGE,
    /** The source flagged the value as uncertain (warm-up, calibration needed, signal loss). */
    UNCERTAIN
}
