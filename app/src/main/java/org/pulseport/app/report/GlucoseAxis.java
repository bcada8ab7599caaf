package org.pulseport.app.report;

import org.pulseport.app.analytics.GlucoseRange;

/**
 * Maps mg/dL to a vertical position in a chart box: 0 at the bottom, {@value #MAX_MG_DL} mg/dL at the top
 * (the AGP convention); higher values are drawn at the top edge.
 */
final class GlucoseAxis {

    static final double MAX_MG_DL = 350;
    /** Levels with grid lines and labels. */
    static final double[] TICKS_MG_DL = {GlucoseRange.VERY_LOW_BELOW, GlucoseRange.LOW_BELOW, GlucoseRange.TARGET_MAX,
        GlucoseRange.HIGH_MAX, MAX_MG_DL};

    private final Box box;

    GlucoseAxis(Box box) {
        this.box = box;
    }

    float y(double mgDl) {
        double clipped = Math.max(0, Math.min(MAX_MG_DL, mgDl));
        return (float) (box.y() + box.height() * clipped / MAX_MG_DL);
    }
}
