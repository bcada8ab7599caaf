package org.pulseport.app.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.Insights;
import org.pulseport.app.store.AnalyticsRepository.CorrelationRow;
import org.pulseport.app.store.AnalyticsRepository.ScoreRow;
import org.pulseport.app.store.DailyStatsRepository.Row;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;

/**
 * Activity and sleep: one metric's daily values with 7- and 30-day rolling averages, the latest health scores,
 * and how the daily metrics correlate, for the selected profile.
 */
public final class ActivityViewModel {

    /** How far back the daily chart reaches. */
    public enum Period {
        MONTH(30), QUARTER(90), YEAR(365);

        private final int days;

        Period(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }

        @Override
        public String toString() {
            return days + " days";
        }
    }

    /** The three lines of the daily chart, x in epoch milliseconds of each local noon. */
    public record DailyLines(TimeSeries daily, TimeSeries rolling7, TimeSeries rolling30, String unit) {
        static final DailyLines EMPTY = new DailyLines(TimeSeries.empty(), TimeSeries.empty(), TimeSeries.empty(), "");
    }

    private static final List<MetricType> PREFERRED = List.of(MetricType.RESTING_HEART_RATE, MetricType.HRV_RMSSD,
            MetricType.SLEEP_SCORE, MetricType.READINESS_SCORE, MetricType.RECOVERY_SCORE, MetricType.STEPS);

    private final Insights insights;
    private final TaskRunner tasks;
    private final ProfileContext selection;

    private final ObservableList<MetricType> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<MetricType> metric = new SimpleObjectProperty<>();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.QUARTER);
    private final ReadOnlyObjectWrapper<DailyLines> lines = new ReadOnlyObjectWrapper<>(DailyLines.EMPTY);
    private final ObservableList<ScoreRow> scores = FXCollections.observableArrayList();
    private final ObservableList<CorrelationRow> correlations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private Map<MetricType, List<Row>> loaded = Map.of();

    public ActivityViewModel(Insights insights, TaskRunner tasks, ProfileContext selection) {
        this.insights = insights;
        this.tasks = tasks;
        this.selection = selection;
        selection.observe(this::reload, this::present);
        period.addListener((o, before, now) -> reload());
        metric.addListener((o, before, now) -> present());
        reload();
    }

    public void reload() {
        Profile p = selection.profile();
        if (p == null) {
            show(new Loaded(Map.of(), List.of(), List.of()));
            return;
        }
        int days = period.get().days();
        tasks.run("Loading daily statistics", () -> new Loaded(insights.dailyStats(p, days), insights.latestScores(p),
                insights.correlations(p)), result -> {
                    if (selection.isSelected(p)) {
                        show(result);
                    }
                }, error -> message.set("Could not load daily statistics: " + error.getMessage()));
    }

    private void show(Loaded result) {
        loaded = result.daily();
        List<MetricType> available = new ArrayList<>(loaded.keySet());
        available.sort(Comparator.comparingInt(m -> PREFERRED.contains(m) ? PREFERRED.indexOf(m) : PREFERRED.size() + m.ordinal()));
        MetricType keep = metric.get();
        metrics.setAll(available);
        metric.set(available.contains(keep) ? keep : available.isEmpty() ? null : available.get(0));
        scores.setAll(result.scores());
        correlations.setAll(result.correlations());
        message.set(available.isEmpty() ? "No daily statistics yet. Connect a wearable or run a sync; daily values, "
                + "rolling averages, scores and correlations appear here." : "");
        present();
    }

    private void present() {
        MetricType m = metric.get();
        List<Row> rows = m == null ? List.of() : loaded.getOrDefault(m, List.of());
        if (rows.isEmpty()) {
            lines.set(DailyLines.EMPTY);
            return;
        }
        GlucoseUnit unit = selection.unit();
        DoubleUnaryOperator convert = m == MetricType.GLUCOSE ? unit::fromMgDl : v -> v;
        TimeSeries.Builder daily = new TimeSeries.Builder();
        TimeSeries.Builder r7 = new TimeSeries.Builder();
        TimeSeries.Builder r30 = new TimeSeries.Builder();
        for (Row row : rows) {
            long noon = row.day().atTime(12, 0).atZone(selection.zone()).toInstant().toEpochMilli();
            daily.add(noon, convert.applyAsDouble(row.average()));
            if (row.rolling7() != null) {
                r7.add(noon, convert.applyAsDouble(row.rolling7()));
            }
            if (row.rolling30() != null) {
                r30.add(noon, convert.applyAsDouble(row.rolling30()));
            }
        }
        lines.set(new DailyLines(daily.build(), r7.build(), r30.build(), m == MetricType.GLUCOSE ? unit.label() : m.ucumUnit()));
    }

    public ObservableList<MetricType> metrics() {
        return metrics;
    }

    public ObjectProperty<MetricType> metricProperty() {
        return metric;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ReadOnlyObjectProperty<DailyLines> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    public ObservableList<ScoreRow> scores() {
        return scores;
    }

    public ObservableList<CorrelationRow> correlations() {
        return correlations;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public java.time.ZoneId zone() {
        return selection.zone();
    }

    private record Loaded(Map<MetricType, List<Row>> daily, List<ScoreRow> scores, List<CorrelationRow> correlations) {
    }
}
