package org.pulseport.app.report;

import org.pulseport.app.analytics.GlucoseRange;

/** The conventional AGP colours of the glucose ranges and percentile bands. */
final class GlucoseColours {

    static final Rgb OUTER_BAND = new Rgb(0.78f, 0.85f, 0.95f);
    static final Rgb INNER_BAND = new Rgb(0.45f, 0.60f, 0.85f);
    static final Rgb MEDIAN = new Rgb(0.05f, 0.20f, 0.50f);
    static final Rgb TARGET_LINE = new Rgb(0.20f, 0.60f, 0.30f);

    private GlucoseColours() {
    }

    static Rgb of(GlucoseRange range) {
        return switch (range) {
            case VERY_LOW -> new Rgb(0.55f, 0.05f, 0.05f);
            case LOW -> new Rgb(0.90f, 0.25f, 0.20f);
            case IN_RANGE -> new Rgb(0.20f, 0.65f, 0.30f);
            case HIGH -> new Rgb(1.00f, 0.80f, 0.20f);
            case VERY_HIGH -> new Rgb(0.95f, 0.55f, 0.10f);
        };
    }
}
