package org.pulseport.app.ui;

/**
 * The part of a time axis a chart shows, in epoch milliseconds, kept inside the data's extent: zooming keeps
 * the point under the mouse where it is, panning moves the window without leaving the data.
 */
public record VisibleWindow(long from, long to, long dataFrom, long dataTo) {

    /** The shortest window a zoom reaches: one hour. */
    static final long MIN_SPAN = 3_600_000L;

    public static VisibleWindow all(long dataFrom, long dataTo) {
        return new VisibleWindow(dataFrom, dataTo, dataFrom, dataTo);
    }

    public long span() {
        return to - from;
    }

    /** Zooms by {@code factor} (below 1 zooms in) around {@code anchor}. */
    public VisibleWindow zoom(double factor, long anchor) {
        long dataSpan = Math.max(1, dataTo - dataFrom);
        long newSpan = Math.max(Math.min(MIN_SPAN, dataSpan), Math.min(dataSpan, Math.round(span() * factor)));
        double share = span() == 0 ? 0.5 : (double) (anchor - from) / span();
        long newFrom = anchor - Math.round(share * newSpan);
        return clamp(newFrom, newFrom + newSpan);
    }

    /** Moves the window by {@code millis} (positive: later). */
    public VisibleWindow pan(long millis) {
        return clamp(from + millis, to + millis);
    }

    private VisibleWindow clamp(long newFrom, long newTo) {
        long span = newTo - newFrom;
        if (newFrom < dataFrom) {
            newFrom = dataFrom;
            newTo = dataFrom + span;
        }
        if (newTo > dataTo) {
            newTo = dataTo;
            newFrom = Math.max(dataFrom, dataTo - span);
        }
        return new VisibleWindow(newFrom, newTo, dataFrom, dataTo);
    }
}
