package org.pulseport.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display units for glucose. Values are stored in mg/dL; conversion uses the factor 18.0182 (molar mass of
 * glucose / 10) and one rounding rule: half-up to the unit's display precision (mg/dL whole numbers,
 * mmol/L one decimal).
 */
public enum GlucoseUnit {
    MG_DL("mg/dL", 0),
    MMOL_L("mmol/L", 1);

    /** mg/dL per mmol/L. */
    public static final double MG_DL_PER_MMOL_L = 18.0182;

    private final String label;
    private final int decimals;

    GlucoseUnit(String label, int decimals) {
        this.label = label;
        this.decimals = decimals;
    }

    public String label() {
        return label;
    }

    public int decimals() {
        return decimals;
    }

    /** Converts a stored mg/dL value to this unit without rounding (for computation). */
    public double fromMgDl(double mgDl) {
        return this == MG_DL ? mgDl : mgDl / MG_DL_PER_MMOL_L;
    }

    /** Converts a value in this unit to mg/dL without rounding (for storage). */
    public double toMgDl(double value) {
        return this == MG_DL ? value : value * MG_DL_PER_MMOL_L;
    }

    /** Converts a stored mg/dL value to this unit, rounded half-up to the display precision. */
    public BigDecimal display(double mgDl) {
        return round(fromMgDl(mgDl));
    }

    /** Rounds a value already in this unit half-up to the display precision. */
    public BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Formats a stored mg/dL value for display, e.g. "5.6 mmol/L". */
    public String format(double mgDl) {
        return display(mgDl).toPlainString() + " " + label;
    }
}
