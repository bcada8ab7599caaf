package org.pulseport.app.analytics;

import org.pulseport.core.model.GlucoseUnit;

/**
 * The five glucose ranges of the 2019 international consensus on time in range (Battelino et al., Diabetes
 * Care 42:1593), with the consensus targets for most adults with type 1 or type 2 diabetes. Bounds are in
 * mg/dL; a reading belongs to the first range whose upper bound it does not exceed, with "below 54" and
 * "below 70" exclusive (53.9 is very low, 54 is low, 69.9 is low, 70 is in range, 180 is in range,
 * 180.1 is high, 250 is high, 250.1 is very high).
 */
public enum GlucoseRange {
    VERY_LOW("Very low", "<54", "<3.0", "<1%", 0, 1),
    LOW("Low", "54-69", "3.0-3.8", "<4%", 0, 4),
    IN_RANGE("Target range", "70-180", "3.9-10.0", ">70%", 70, 100),
    HIGH("High", "181-250", "10.1-13.9", "<25%", 0, 25),
    VERY_HIGH("Very high", ">250", ">13.9", "<5%", 0, 5);

    /** Upper bound (exclusive) of "very low", mg/dL. */
    public static final double VERY_LOW_BELOW = 54;
    /** Upper bound (exclusive) of "low", mg/dL. */
    public static final double LOW_BELOW = 70;
    /** Upper bound (inclusive) of the target range, mg/dL. */
    public static final double TARGET_MAX = 180;
    /** Upper bound (inclusive) of "high", mg/dL. */
    public static final double HIGH_MAX = 250;

    private final String label;
    private final String mgDlBounds;
    private final String mmolBounds;
    private final String target;
    private final double targetMinPercent;
    private final double targetMaxPercent;

    GlucoseRange(String label, String mgDlBounds, String mmolBounds, String target, double targetMinPercent,
                 double targetMaxPercent) {
        this.label = label;
        this.mgDlBounds = mgDlBounds;
        this.mmolBounds = mmolBounds;
        this.target = target;
        this.targetMinPercent = targetMinPercent;
        this.targetMaxPercent = targetMaxPercent;
    }

    /** The range a reading in mg/dL falls into. */
    public static GlucoseRange of(double mgDl) {
        if (mgDl < VERY_LOW_BELOW) {
            return VERY_LOW;
        }
        if (mgDl < LOW_BELOW) {
            return LOW;
        }
        if (mgDl <= TARGET_MAX) {
            return IN_RANGE;
        }
        return mgDl <= HIGH_MAX ? HIGH : VERY_HIGH;
    }

    public String label() {
        return label;
    }

    /** The consensus bounds as the consensus writes them in a unit, e.g. "54-69 mg/dL" or "3.0-3.8 mmol/L". */
    public String bounds(GlucoseUnit unit) {
        return (unit == GlucoseUnit.MG_DL ? mgDlBounds : mmolBounds) + " " + unit.label();
    }

    /** The consensus target as written in the report, e.g. "&lt;4%". */
    public String target() {
        return target;
    }

    /** Whether a percentage of time in this range meets the consensus target. */
    public boolean meetsTarget(double percent) {
        return this == IN_RANGE ? percent > targetMinPercent : percent < targetMaxPercent;
    }
}
