package org.pulseport.app.report;

/**
 * Renders the one-page AGP report in the standard layout: header (profile and window), glucose statistics
 * and targets beside the time-in-ranges bar, the AGP percentile chart, and the daily glucose profiles.
 */
public final class AgpReportPdf {

    private AgpReportPdf() {
    }

    /** The PDF bytes of the report. */
    public static byte[] render(AgpReportInput input) {
        Box page = PdfCanvas.PAGE;
        try (PdfCanvas canvas = new PdfCanvas("AGP Report: " + input.profile().name(), input.generatedAt())) {
            float y = ReportHeader.draw(canvas, page, "AGP Report: Continuous Glucose Monitoring", input.profile(),
                    ReportFormat.window(input.agp().window()), input.unit().label(), input.generatedAt());
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
}
