package org.pulseport.app.report;

import org.pulseport.app.analytics.GlucoseMetrics;
import org.pulseport.app.analytics.GlucoseRange;
import org.pulseport.core.model.GlucoseUnit;

/** The "Glucose statistics and targets" block of the AGP report: metrics beside their consensus targets. */
final class GlucoseStatisticsSection {

    private static final float ROW = 13;
    private static final float SIZE = 8.5f;
    private static final float VALUE_COLUMN = 160;

    private GlucoseStatisticsSection() {
    }

    static void draw(PdfCanvas canvas, Box area, AgpReportInput input) {
        Box body = canvas.heading(area, "Glucose Statistics and Targets");
        GlucoseMetrics metrics = input.agp().metrics();
        GlucoseUnit unit = input.unit();
        float valueX = body.x() + VALUE_COLUMN;
        float targetX = body.right();
        float y = body.top() - ROW;
        String[][] rows = {
            {"Readings", Integer.toString(metrics.readings()), ""},
            {"% Time CGM is Active", ReportFormat.percent(metrics.activePercent()),
                "target >" + ReportFormat.percent(GlucoseMetrics.ACTIVE_TARGET_PERCENT)},
            {"Mean Glucose", ReportFormat.glucose(unit, metrics.mean()), ""},
            {"Glucose Management Indicator (GMI)", ReportFormat.decimal(metrics.gmiPercent(), 1) + "% ("
                + ReportFormat.decimal(metrics.gmiMmolPerMol(), 0) + " mmol/mol)", ""},
            {"Glucose Variability (CV)", ReportFormat.percent(metrics.coefficientOfVariationPercent()),
                "target <=" + ReportFormat.percent(GlucoseMetrics.CV_TARGET_PERCENT)},
            {"Standard Deviation", ReportFormat.glucose(unit, metrics.standardDeviation()), ""},
        };
        for (String[] row : rows) {
            canvas.text(body.x(), y, SIZE, false, row[0]);
            canvas.text(valueX, y, SIZE, true, row[1]);
            canvas.textRight(targetX, y, SIZE, false, row[2]);
            y -= ROW;
        }
        y -= ROW / 2;
        canvas.text(body.x(), y, SIZE, true, "Targets for most adults with type 1 or type 2 diabetes (2019 consensus)");
        y -= ROW;
        for (GlucoseRange range : GlucoseRange.values()) {
            canvas.text(body.x(), y, SIZE, false, range.label() + " (" + range.bounds(unit) + ")");
            canvas.text(valueX, y, SIZE, false, range.target() + " of readings");
            y -= ROW;
        }
    }
}
