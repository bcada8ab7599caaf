package org.pulseport.app.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders the one-page AGP report in the standard layout: header (profile and window), glucose statistics
 * and targets beside the time-in-ranges bar, the AGP percentile chart, and the daily glucose profiles.
 */
public final class AgpReportPdf {

    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private AgpReportPdf() {
    }

    /** The PDF bytes of the report. */
    public static byte[] render(AgpReportInput input) {
        Box page = PdfCanvas.PAGE;
        try (PdfCanvas canvas = new PdfCanvas("AGP Report: " + input.profile().name(), input.generatedAt())) {
            float y = drawHeader(canvas, page, input);
            float middle = page.x() + page.width() * 0.56f;
            Box statistics = new Box(page.x(), y - 190, middle - page.x() - 12, 190);
            GlucoseStatisticsSection.draw(canvas, statistics, input);
            TimeInRangesBar.draw(canvas, new Box(middle, statistics.y(), page.right() - middle, 190), input);
            Box chart = new Box(page.x(), statistics.y() - 230, page.width(), 222);
            AgpPercentileChart.draw(canvas, chart, input);
            DailyProfilesGrid.draw(canvas, new Box(page.x(), page.y(), page.width(), chart.y() - 8 - page.y()), input);
            return canvas.toBytes();
        }
    }

    /** Draws the header and returns the y below it. */
    private static float drawHeader(PdfCanvas canvas, Box page, AgpReportInput input) {
        ZoneId zone = input.profile().timeZone();
        float y = page.top() - 14;
        canvas.text(page.x(), y, 15, true, "AGP Report: Continuous Glucose Monitoring");
        canvas.textRight(page.right(), y, 8, false, "Pulseport");
        y -= 16;
        canvas.text(page.x(), y, 9, true, input.profile().name());
        canvas.text(page.x() + 200, y, 9, false, "Profile " + input.profile().id() + "   Time zone " + zone.getId());
        y -= 12;
        canvas.text(page.x(), y, 9, false, ReportFormat.window(input.agp().window()));
        canvas.text(page.x() + 200, y, 9, false, "Units " + input.unit().label() + "   Generated "
                + GENERATED.format(input.generatedAt().atZone(zone)));
        y -= 7;
        canvas.line(page.x(), y, page.right(), y, 1, Rgb.BLACK);
        return y - 4;
    }
}
