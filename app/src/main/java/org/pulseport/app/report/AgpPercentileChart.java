package org.pulseport.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.pulseport.app.analytics.AgpOptions;
import org.pulseport.app.analytics.AgpPercentiles;
import org.pulseport.app.analytics.GlucoseRange;

/**
 * The AGP chart: the 5–95 % band, the 25–75 % band and the median by time of day over the target range,
 * midnight to midnight. Bins without readings leave a gap instead of a guessed line.
 */
final class AgpPercentileChart {

    private static final Rgb TARGET_BAND = new Rgb(0.90f, 0.96f, 0.90f);
    private static final float SIZE = 7.5f;
    private static final int HOURS_PER_TICK = 3;

    private AgpPercentileChart() {
    }

    static void draw(PdfCanvas canvas, Box area, AgpReportInput input) {
        Box body = canvas.heading(area, "Ambulatory Glucose Profile (AGP)");
        AgpOptions options = input.agp().options();
        canvas.text(body.x(), body.top() - 9, SIZE, false, String.format(Locale.ROOT,
                "Median, 25th-75th and 5th-95th percentiles by time of day; %d-minute bins%s; %s.",
                options.binMinutes(), options.smoothed() ? ", smoothed (1-2-1)" : "", input.unit().label()));
        Box plot = body.inset(34, 14, 4, 16);
        GlucoseAxis axis = new GlucoseAxis(plot);
        canvas.fillRect(new Box(plot.x(), axis.y(GlucoseRange.LOW_BELOW), plot.width(),
                axis.y(GlucoseRange.TARGET_MAX) - axis.y(GlucoseRange.LOW_BELOW)), TARGET_BAND);
        drawGrid(canvas, plot, axis, input);
        List<AgpPercentiles> bins = input.agp().percentiles();
        for (int[] run : runsWithData(bins)) {
            band(canvas, plot, axis, bins, run, AgpPercentiles::p5, AgpPercentiles::p95, GlucoseColours.OUTER_BAND);
            band(canvas, plot, axis, bins, run, AgpPercentiles::p25, AgpPercentiles::p75, GlucoseColours.INNER_BAND);
            float[] xs = new float[run[1] - run[0]];
            float[] ys = new float[xs.length];
            for (int bin = run[0]; bin < run[1]; bin++) {
                xs[bin - run[0]] = x(plot, bin, bins.size());
                ys[bin - run[0]] = axis.y(bins.get(bin).p50());
            }
            canvas.polyline(xs, ys, 1.6f, GlucoseColours.MEDIAN);
        }
        canvas.strokeRect(plot, 0.5f, Rgb.DARK_GREY);
    }

    private static void drawGrid(PdfCanvas canvas, Box plot, GlucoseAxis axis, AgpReportInput input) {
        for (double tick : GlucoseAxis.TICKS_MG_DL) {
            float y = axis.y(tick);
            boolean target = tick == GlucoseRange.LOW_BELOW || tick == GlucoseRange.TARGET_MAX;
            canvas.line(plot.x(), y, plot.right(), y, target ? 0.8f : 0.3f,
                    target ? GlucoseColours.TARGET_LINE : Rgb.LIGHT_GREY);
            canvas.textRight(plot.x() - 3, y - 2.5f, SIZE, target, ReportFormat.glucoseNumber(input.unit(), tick));
        }
        for (int hour = 0; hour <= 24; hour += HOURS_PER_TICK) {
            float x = plot.x() + plot.width() * hour / 24;
            canvas.line(x, plot.y(), x, plot.top(), 0.3f, Rgb.LIGHT_GREY);
            canvas.textCentered(x, plot.y() - 9, SIZE, false, String.format(Locale.ROOT, "%02d:00", hour));
        }
    }

    private static void band(PdfCanvas canvas, Box plot, GlucoseAxis axis, List<AgpPercentiles> bins, int[] run,
                             ToDoubleFunction<AgpPercentiles> lower, ToDoubleFunction<AgpPercentiles> upper,
                             Rgb colour) {
        int length = run[1] - run[0];
        float[] xs = new float[2 * length];
        float[] ys = new float[2 * length];
        for (int k = 0; k < length; k++) {
            int bin = run[0] + k;
            xs[k] = x(plot, bin, bins.size());
            ys[k] = axis.y(upper.applyAsDouble(bins.get(bin)));
            xs[2 * length - 1 - k] = xs[k];
            ys[2 * length - 1 - k] = axis.y(lower.applyAsDouble(bins.get(bin)));
        }
        canvas.fillPolygon(xs, ys, colour);
    }

    /** Index ranges [from, to) of consecutive bins that have percentiles. */
    private static List<int[]> runsWithData(List<AgpPercentiles> bins) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int bin = 0; bin <= bins.size(); bin++) {
            boolean hasData = bin < bins.size() && !Double.isNaN(bins.get(bin).p50());
            if (hasData && start < 0) {
                start = bin;
            } else if (!hasData && start >= 0) {
                runs.add(new int[] {start, bin});
                start = -1;
            }
        }
        return runs;
    }

    private static float x(Box plot, int bin, int bins) {
        return plot.x() + plot.width() * (bin + 0.5f) / bins;
    }
}
