package org.pulseport.app.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pulseport.app.analytics.DailyGlucoseProfile;
import org.pulseport.app.analytics.DaySlices;
import org.pulseport.app.analytics.GlucoseRange;
import org.pulseport.core.model.TimeSeries;

/**
 * The "Daily Glucose Profiles" small multiples: one cell per day, seven per row, each day's readings from
 * local midnight to midnight (23 or 25 hours on DST days) over the target range lines. Gaps longer than
 * three sensor intervals break the trace. Windows longer than {@value #MAX_DAYS} days show the last
 * {@value #MAX_DAYS}.
 */
final class DailyProfilesGrid {

    static final int MAX_DAYS = 14;
    private static final int COLUMNS = 7;
    private static final int GAP_INTERVALS = 3;
    private static final float SIZE = 7;
    private static final DateTimeFormatter CELL_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DailyProfilesGrid() {
    }

    static void draw(PdfCanvas canvas, Box area, AgpReportInput input) {
        List<DailyGlucoseProfile> all = input.agp().dailyProfiles();
        List<DailyGlucoseProfile> shown = all.subList(Math.max(0, all.size() - MAX_DAYS), all.size());
        String title = "Daily Glucose Profiles" + (shown.size() < all.size()
                ? " (last " + shown.size() + " of " + all.size() + " days)" : "");
        Box body = canvas.heading(area, title);
        int rows = (shown.size() + COLUMNS - 1) / COLUMNS;
        float cellWidth = body.width() / COLUMNS;
        float cellHeight = Math.min(body.height() / Math.max(rows, 1), 120);
        long maxGap = GAP_INTERVALS * input.agp().options().sensorInterval().toMillis();
        ZoneId zone = input.agp().window().zone();
        for (int i = 0; i < shown.size(); i++) {
            Box cell = new Box(body.x() + cellWidth * (i % COLUMNS), body.top() - cellHeight * (i / COLUMNS + 1),
                    cellWidth, cellHeight);
            drawDay(canvas, cell.inset(2, 2, 2, 2), shown.get(i), zone, maxGap);
        }
    }

    private static void drawDay(PdfCanvas canvas, Box cell, DailyGlucoseProfile profile, ZoneId zone, long maxGap) {
        canvas.text(cell.x() + 2, cell.top() - 8, SIZE, true, CELL_DATE.format(profile.day()));
        Box plot = cell.inset(0, 0, 0, 11);
        GlucoseAxis axis = new GlucoseAxis(plot);
        for (double level : new double[] {GlucoseRange.LOW_BELOW, GlucoseRange.TARGET_MAX}) {
            canvas.line(plot.x(), axis.y(level), plot.right(), axis.y(level), 0.5f, GlucoseColours.TARGET_LINE);
        }
        canvas.strokeRect(plot, 0.4f, Rgb.LIGHT_GREY);
        TimeSeries readings = profile.readings();
        if (readings.isEmpty()) {
            canvas.textCentered(plot.x() + plot.width() / 2, plot.y() + plot.height() / 2 - 2, SIZE, false, "no data");
            return;
        }
        LocalDate day = profile.day();
        long start = DaySlices.startOfDay(day, zone);
        double length = DaySlices.startOfDay(day.plusDays(1), zone) - start;
        List<Float> xs = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            if (i > 0 && readings.epochMillis(i) - readings.epochMillis(i - 1) > maxGap) {
                trace(canvas, xs, ys);
            }
            xs.add((float) (plot.x() + plot.width() * (readings.epochMillis(i) - start) / length));
            ys.add(axis.y(readings.value(i)));
        }
        trace(canvas, xs, ys);
    }

    /** Draws and clears one unbroken piece of the trace. */
    private static void trace(PdfCanvas canvas, List<Float> xs, List<Float> ys) {
        float[] x = new float[xs.size()];
        float[] y = new float[ys.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = xs.get(k);
            y[k] = ys.get(k);
        }
        canvas.polyline(x, y, 0.6f, GlucoseColours.MEDIAN);
        xs.clear();
        ys.clear();
    }
}
