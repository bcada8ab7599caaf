package org.pulseport.app.report;

import org.pulseport.app.analytics.GlucoseRange;
import org.pulseport.app.analytics.TimeInRanges;

/**
 * The "Time in Ranges" stacked bar: one vertical bar, very low at the bottom, very high at the top, each
 * segment as tall as its share (at least a hairline when not zero), labelled with range, share and target
 * (the target in bold when the share misses it).
 */
final class TimeInRangesBar {

    private static final float BAR_WIDTH = 28;
    private static final float MIN_SEGMENT = 1.5f;
    private static final float SIZE = 8.5f;

    private TimeInRangesBar() {
    }

    static void draw(PdfCanvas canvas, Box area, AgpReportInput input) {
        Box body = canvas.heading(area, "Time in Ranges");
        TimeInRanges tir = input.agp().metrics().timeInRanges();
        Box bar = new Box(body.x() + 4, body.y() + 4, BAR_WIDTH, body.height() - 12);
        canvas.strokeRect(bar, 0.5f, Rgb.DARK_GREY);
        float labelX = bar.right() + 10;
        float bottom = bar.y();
        GlucoseRange[] ranges = GlucoseRange.values();
        float labelSlot = bar.height() / ranges.length;
        for (int i = 0; i < ranges.length; i++) {
            GlucoseRange range = ranges[i];
            double percent = tir.percent(range);
            float height = percent == 0 ? 0 : Math.max(MIN_SEGMENT, (float) (bar.height() * percent / 100));
            canvas.fillRect(new Box(bar.x(), bottom, bar.width(), height), GlucoseColours.of(range));
            bottom += height;
            float labelY = bar.y() + labelSlot * i + labelSlot / 2 - 3;
            canvas.text(labelX, labelY, SIZE, false, range.label() + " " + range.bounds(input.unit()));
            canvas.textRight(body.right() - 40, labelY, SIZE, true, ReportFormat.percent(percent));
            canvas.textRight(body.right(), labelY, SIZE - 1, !range.meetsTarget(percent), range.target());
        }
        if (tir.readings() == 0) {
            canvas.textCentered(bar.x() + bar.width() / 2, bar.y() + bar.height() / 2, SIZE - 1, false, "no data");
        }
    }
}
