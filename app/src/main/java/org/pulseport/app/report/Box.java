package org.pulseport.app.report;

/** A rectangle on a PDF page in points, origin bottom-left as in PDF user space. */
public record Box(float x, float y, float width, float height) {

    public float top() {
        return y + height;
    }

    public float right() {
        return x + width;
    }

    /** A box inset by the given margins. */
    public Box inset(float left, float bottom, float rightMargin, float topMargin) {
        return new Box(x + left, y + bottom, width - left - rightMargin, height - bottom - topMargin);
    }
}
