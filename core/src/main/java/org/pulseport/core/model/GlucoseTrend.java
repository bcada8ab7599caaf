package org.pulseport.core.model;

/**
 * Rate-of-change class of a CGM reading, as CGM systems report it (mg/dL per minute bands).
 */
public enum GlucoseTrend {
    DOUBLE_UP("⇈", "rising quickly (more than 3 mg/dL/min)"),
    SINGLE_UP("↑", "rising (2 to 3 mg/dL/min)"),
    FORTY_FIVE_UP("↗", "rising slowly (1 to 2 mg/dL/min)"),
    FLAT("→", "steady"),
    FORTY_FIVE_DOWN("↘", "falling slowly (1 to 2 mg/dL/min)"),
    SINGLE_DOWN("↓", "falling (2 to 3 mg/dL/min)"),
    DOUBLE_DOWN("⇊", "falling quickly (more than 3 mg/dL/min)"),
    NOT_COMPUTABLE("?", "trend not computable"),
    RATE_OUT_OF_RANGE("!", "rate out of range");

    private final String arrow;
    private final String description;

    GlucoseTrend(String arrow, String description) {
        this.arrow = arrow;
        this.description = description;
    }

    public String arrow() {
        return arrow;
    }

    public String description() {
        return description;
    }

    /** Classifies a rate of change in mg/dL per minute into the standard arrow bands. */
    public static GlucoseTrend fromRate(double mgDlPerMinute) {
        if (Double.isNaN(mgDlPerMinute)) {
            return NOT_COMPUTABLE;
        }
        double abs = Math.abs(mgDlPerMinute);
        if (abs < 1) {
            return FLAT;
        }
        boolean up = mgDlPerMinute > 0;
        if (abs < 2) {
            return up ? FORTY_FIVE_UP : FORTY_FIVE_DOWN;
        }
        if (abs <= 3) {
            return up ? SINGLE_UP : SINGLE_DOWN;
        }
        return up ? DOUBLE_UP : DOUBLE_DOWN;
    }
}
