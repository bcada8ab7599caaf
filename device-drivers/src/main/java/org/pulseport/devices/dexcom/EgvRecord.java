package org.pulseport.devices.dexcom;

import java.util.Optional;
import org.pulseport.core.model.GlucoseTrend;

/**
 * One EGV record as stored: receiver times, the glucose word (value in the low 10 bits, "display only" in bit
 * 15) and the trend byte (arrow in the low 4 bits, noise in bits 4-6 on G5/G6).
 */
public record EgvRecord(long systemSeconds, long displaySeconds, int glucoseWord, int trendByte) {

    static final int VALUE_MASK = 0x3FF;
    static final int DISPLAY_ONLY_FLAG = 0x8000;

    public int glucose() {
        return glucoseWord & VALUE_MASK;
    }

    /** Set on records superseded by a following one (calibration recomputations); never stored. */
    public boolean displayOnly() {
        return (glucoseWord & DISPLAY_ONLY_FLAG) != 0;
    }

    public int trendCode() {
        return trendByte & 0x0F;
    }

    public int noise() {
        return (trendByte >>> 4) & 0x07;
    }

    /** The arrow shown next to the reading; empty for "none" and unknown codes. */
    public Optional<GlucoseTrend> trend() {
        switch (trendCode()) {
            case 1: return Optional.of(GlucoseTrend.DOUBLE_UP);
            case 2: return Optional.of(GlucoseTrend.SINGLE_UP);
            case 3: return Optional.of(GlucoseTrend.FORTY_FIVE_UP);
            case 4: return Optional.of(GlucoseTrend.FLAT);
            case 5: return Optional.of(GlucoseTrend.FORTY_FIVE_DOWN);
            case 6: return Optional.of(GlucoseTrend.SINGLE_DOWN);
            case 7: return Optional.of(GlucoseTrend.DOUBLE_DOWN);
            case 8: return Optional.of(GlucoseTrend.NOT_COMPUTABLE);
            case 9: return Optional.of(GlucoseTrend.RATE_OUT_OF_RANGE);
            default: return Optional.empty();
        }
    }

    /** The trend code for an arrow, for the simulator. */
    public static int trendCode(GlucoseTrend trend) {
        return trend.ordinal() + 1;
    }
}
