package org.pulseport.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.stream.Collectors;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.DailyStats;
import org.pulseport.app.analytics.HealthScore;
import org.pulseport.app.analytics.MetricLabels;
import org.pulseport.app.analytics.ScoreKind;
import org.pulseport.core.model.MetricType;

/**
 * Renders the weekly health report: the daily composite scores with the week's mean and confidence, the
 * daily averages of every metric with data plus the week's mean, minimum and maximum, and the week's
 * anomalies (as many as fit on the page, then a count of the rest).
 */
public final class WeeklyReportPdf {

    private static final DateTimeFormatter COLUMN_DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final float FIRST_COLUMN = 130;
    private static final float LINE = 11;
    private static final float SIZE = 8;

    private WeeklyReportPdf() {
    }

    /** The PDF bytes of the report. */
    public static byte[] render(WeeklyReportInput input) {
        Box page = PdfCanvas.PAGE;
        try (PdfCanvas canvas = new PdfCanvas("Weekly Health Report: " + input.profile().name(),
                input.generatedAt())) {
            float y = ReportHeader.draw(canvas, page, "Weekly Health Report", input.profile(),
                    "Week " + ReportFormat.dateRange(input.weekStart(), input.weekEnd()),
                    "glucose " + input.glucoseUnit().label(), input.generatedAt());
            y = scores(canvas, new Box(page.x(), page.y(), page.width(), y - page.y() - 6), input);
            y = metrics(canvas, new Box(page.x(), page.y(), page.width(), y - page.y() - 6), input);
            anomalies(canvas, new Box(page.x(), page.y(), page.width(), y - page.y() - 6), input);
            return canvas.toBytes();
        }
    }

    private static List<LocalDate> days(WeeklyReportInput input) {
        return input.weekStart().datesUntil(input.weekEnd().plusDays(1)).collect(Collectors.toList());
    }

    private static List<String> header(WeeklyReportInput input, String first, String... last) {
        List<String> header = new ArrayList<>();
        header.add(first);
        days(input).forEach(day -> header.add(COLUMN_DAY.format(day)));
        header.addAll(List.of(last));
        return header;
    }

    private static float scores(PdfCanvas canvas, Box area, WeeklyReportInput input) {
        Box body = canvas.heading(area, "Health Scores (0-100)");
        List<List<String>> rows = new ArrayList<>();
        for (ScoreKind kind : ScoreKind.values()) {
            List<String> row = new ArrayList<>(List.of(kind.label()));
            double sum = 0;
            int scoredDays = 0;
            double confidence = 0;
            for (LocalDate day : days(input)) {
                HealthScore score = input.scores().getOrDefault(day, List.of()).stream()
                        .filter(s -> s.kind() == kind).findFirst().orElse(null);
                if (score instanceof HealthScore.Scored scored) {
                    row.add(ReportFormat.decimal(scored.value(), 0));
                    sum += scored.value();
                    scoredDays++;
                    confidence += scored.confidence();
                } else {
                    row.add("-");
                }
            }
            row.add(scoredDays == 0 ? "-" : ReportFormat.decimal(sum / scoredDays, 0));
            row.add(ReportFormat.percent(100 * confidence / WeeklyReportInput.DAYS));
            rows.add(row);
        }
        float y = PdfTable.draw(canvas, body, FIRST_COLUMN, header(input, "Score", "Week", "Conf."), rows);
        canvas.text(body.x(), y, SIZE - 1, false, "Conf. (confidence): share of each score's inputs that had data, averaged "
                + "over the seven days (a day without a score counts 0). Formulas: docs/analytics.md.");
        return y - LINE;
    }

    private static float metrics(PdfCanvas canvas, Box area, WeeklyReportInput input) {
        Box body = canvas.heading(area, "Daily Averages");
        List<List<String>> rows = new ArrayList<>();
        input.dailyStats().keySet().stream().sorted().forEach(metric -> {
            NavigableMap<LocalDate, DailyStats> week =
                    input.dailyStats().get(metric).subMap(input.weekStart(), true, input.weekEnd(), true);
            if (!week.isEmpty()) {
                rows.add(metricRow(input, metric, week));
            }
        });
        if (rows.isEmpty()) {
            canvas.text(body.x(), body.top() - LINE, SIZE, false, "No data this week.");
            return body.top() - 2 * LINE;
        }
        return PdfTable.draw(canvas, body, FIRST_COLUMN, header(input, "Metric", "Week", "Min", "Max"), rows);
    }

    private static List<String> metricRow(WeeklyReportInput input, MetricType metric,
                                          NavigableMap<LocalDate, DailyStats> week) {
        List<String> row = new ArrayList<>();
        row.add(MetricLabels.name(metric) + " ("
                + MetricDisplay.unit(metric, input.glucoseUnit()) + ")");
        for (LocalDate day : days(input)) {
            DailyStats stats = week.get(day);
            row.add(MetricDisplay.value(metric, input.glucoseUnit(), stats == null ? null : stats.average()));
        }
        double mean = week.values().stream().mapToDouble(DailyStats::average).average().orElse(Double.NaN);
        double min = week.values().stream().mapToDouble(DailyStats::min).min().orElse(Double.NaN);
        double max = week.values().stream().mapToDouble(DailyStats::max).max().orElse(Double.NaN);
        row.add(MetricDisplay.value(metric, input.glucoseUnit(), mean));
        row.add(MetricDisplay.value(metric, input.glucoseUnit(), min));
        row.add(MetricDisplay.value(metric, input.glucoseUnit(), max));
        return row;
    }

    private static void anomalies(PdfCanvas canvas, Box area, WeeklyReportInput input) {
        List<Anomaly> anomalies = input.anomalies();
        Box body = canvas.heading(area, "Anomalies (" + anomalies.size() + ")");
        float y = body.top() - LINE;
        if (anomalies.isEmpty()) {
            canvas.text(body.x(), y, SIZE, false, "None this week.");
            return;
        }
        int fitting = Math.max(0, (int) ((y - body.y()) / LINE) - 1);
        int shown = anomalies.size() <= fitting + 1 ? anomalies.size() : fitting;
        for (Anomaly anomaly : anomalies.subList(0, shown)) {
            canvas.text(body.x(), y, SIZE, false, ReportFormat.DAY.format(
                    anomaly.start().atZone(input.profile().timeZone())));
            canvas.text(body.x() + 80, y, SIZE, true, anomaly.severity().name());
            canvas.text(body.x() + 135, y, SIZE, false, anomaly.message());
            y -= LINE;
        }
        if (shown < anomalies.size()) {
            canvas.text(body.x(), y, SIZE, false, "... and " + (anomalies.size() - shown) + " more.");
        }
    }
}
