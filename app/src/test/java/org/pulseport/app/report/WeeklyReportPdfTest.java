package org.pulseport.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pulseport.app.analytics.Anomaly;
import org.pulseport.app.analytics.BaselineAnomalyDetector;
import org.pulseport.app.analytics.DailyStats;
import org.pulseport.app.analytics.DailyStatsCalculator;
import org.pulseport.app.analytics.DayValue;
import org.pulseport.app.analytics.HealthScore;
import org.pulseport.app.analytics.HealthScoreCalculator;
import org.pulseport.app.analytics.ScoreInputs;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;

class WeeklyReportPdfTest {

    static final LocalDate WEEK_START = LocalDate.of(2025, 3, 24);

    /** 40 days of history ending with the report week; resting HR jumps on the week's Wednesday. */
    static WeeklyReportInput input() {
        Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily = new EnumMap<>(MetricType.class);
        daily.put(MetricType.RESTING_HEART_RATE, series(i -> i == 35 ? 66 : 54 + i % 3));
        daily.put(MetricType.STEPS, series(i -> 8000 + 250 * (i % 7)));
        daily.put(MetricType.SLEEP_DURATION, series(i -> 7 * 3600 + 600 * (i % 4)));
        daily.put(MetricType.GLUCOSE, series(i -> 120 + i % 5));
        Map<LocalDate, List<HealthScore>> scores = new HashMap<>();
        for (int i = 0; i < WeeklyReportInput.DAYS; i++) {
            LocalDate day = WEEK_START.plusDays(i);
            scores.put(day, HealthScoreCalculator.scores(ScoreInputs.from(daily, day)));
        }
        Set<LocalDate> week = WEEK_START.datesUntil(WEEK_START.plusDays(7)).collect(Collectors.toSet());
        List<Anomaly> anomalies = new ArrayList<>(new BaselineAnomalyDetector(ReportFixtures.BERLIN).detect(daily, week));
        return new WeeklyReportInput(ReportFixtures.PROFILE, WEEK_START, GlucoseUnit.MMOL_L, daily, scores, anomalies,
                ReportFixtures.GENERATED);
    }

    private static NavigableMap<LocalDate, DailyStats> series(java.util.function.IntToDoubleFunction value) {
        List<DayValue> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(new DayValue(WEEK_START.minusDays(33).plusDays(i), value.applyAsDouble(i)));
        }
        return DailyStatsCalculator.byProviderDay(values);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void rendersScoresDailyAveragesAndAnomaliesOfTheWeek() throws IOException {
        String text = text(WeeklyReportPdf.render(input()));

        assertThat(text).contains("Weekly Health Report", "Erika Mustermann", "Week 24 Mar 2025 - 30 Mar 2025",
                "Units glucose mmol/L", "Health Scores (0-100)", "Mon 24", "Sun 30", "Week Conf.",
                "Daily Averages", "Resting heart rate (/min)", "Steps (steps)", "Sleep duration (h)",
                "Glucose (mmol/L)", "Anomalies (1)",
                "Wed 26 Mar 2025 WARNING Resting heart rate 66 /min is 11 /min above your 30-day median of 55 /min.");
        assertThat(text).containsPattern("Overall( \\d+){8} \\d+%");
        assertThat(text).containsPattern("Activity( \\d+){8} 50%");
        assertThat(text).contains("Sleep duration (h) 7.2 7.3 7.5 7.0 7.2 7.3 7.5 7.3 7.0 7.5");
    }

    @Test
    void rendersAnEmptyWeek() throws IOException {
        WeeklyReportInput empty = new WeeklyReportInput(ReportFixtures.PROFILE, WEEK_START, GlucoseUnit.MG_DL,
                Map.of(), Map.of(), List.of(), ReportFixtures.GENERATED);

        String text = text(WeeklyReportPdf.render(empty));

        assertThat(text).contains("No data this week.", "None this week.", "Anomalies (0)");
        assertThat(text).containsPattern("Sleep( -){8} 0%");
    }
}
