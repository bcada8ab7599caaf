package org.pulseport.app.report;

/** A colour for PDF drawing, components 0–1. */
public record Rgb(float red, float green, float blue) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb DARK_GREY = new Rgb(0.35f, 0.35f, 0.35f);
    public static final Rgb LIGHT_GREY = new Rgb(0.85f, 0.85f, 0.85f);

    public Rgb {
        if (red < 0 || red > 1 || green < 0 || green > 1 || blue < 0 || blue > 1) {
            throw new IllegalArgumentException("colour components must be within 0..1");
        }
    }
}
