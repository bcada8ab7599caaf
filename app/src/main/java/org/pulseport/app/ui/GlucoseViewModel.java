package org.pulseport.app.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.pulseport.app.engine.Insights;
import org.pulseport.app.engine.TrendService;
import org.pulseport.app.report.AgpReportInput;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;

/**
 * The glucose view's logic: the trend of the chosen range (up to a year; the chart downsamples), the headline
 * numbers, and the Ambulatory Glucose Profile with its consensus metrics and PDF export, all in the chosen unit
 * and loaded off the UI thread.
 */
public final class GlucoseViewModel {

    /** The look-back ranges of the trend chart. */
    public enum Range {
        DAY("24 hours", Duration.ofDays(1)),
        THREE_DAYS("3 days", Duration.ofDays(3)),
        WEEK("7 days", Duration.ofDays(7)),
        TWO_WEEKS("14 days", Duration.ofDays(14)),
        MONTH("30 days", Duration.ofDays(30)),
        QUARTER("90 days", Duration.ofDays(90)),
        YEAR("1 year", Duration.ofDays(365));

        private final String label;
        private final Duration length;

        Range(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        public Duration length() {
            return length;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The periods an AGP can cover. */
    public enum AgpPeriod {
        TWO_WEEKS(14), MONTH(30), QUARTER(90);

        private final int days;

        AgpPeriod(int days) {
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

    private final TrendService trends;
    private final Insights insights;
    private final TaskRunner tasks;
    private final ProfileContext selection;

    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.WEEK);
    private final ObjectProperty<AgpPeriod> agpPeriod = new SimpleObjectProperty<>(AgpPeriod.TWO_WEEKS);
    private final ReadOnlyObjectWrapper<TimeSeries> series = new ReadOnlyObjectWrapper<>(TimeSeries.empty());
    private final ReadOnlyObjectWrapper<AgpReportInput> agp = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper latestAge = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mean = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper readings = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper unitLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");

    private TimeSeries loaded = TimeSeries.empty();
    private Optional<TrendService.Reading> newest = Optional.empty();

    public GlucoseViewModel(TrendService trends, Insights insights, TaskRunner tasks, ProfileContext selection) {
        this.trends = trends;
        this.insights = insights;
        this.tasks = tasks;
        this.selection = selection;
        selection.observe(this::reload, this::reloadAll);
        range.addListener((o, before, now) -> loadTrend());
        agpPeriod.addListener((o, before, now) -> loadAgp());
        reload();
    }

    /** Loads the trend and the AGP of the current profile. */
    public void reload() {
        loadTrend();
        loadAgp();
    }

    private void reloadAll() {
        present();
        loadAgp();
    }

    private void loadTrend() {
        Profile p = selection.profile();
        if (p == null) {
            loaded = TimeSeries.empty();
            newest = Optional.empty();
            present();
            return;
        }
        Range r = range.get();
        tasks.run("Loading glucose readings", () -> trends.recent(p.id(), MetricType.GLUCOSE, r.length()), result -> {
            if (selection.isSelected(p) && r == range.get()) {
                loaded = result;
                newest = trends.latestOf(result);
                present();
            }
        }, error -> emptyMessage.set("Could not load readings: " + error.getMessage()));
    }

    private void loadAgp() {
        Profile p = selection.profile();
        if (p == null) {
            agp.set(null);
            return;
        }
        AgpPeriod period = agpPeriod.get();
        GlucoseUnit unit = selection.unit();
        tasks.run("Computing the glucose profile", () -> insights.agp(p, period.days(), unit), result -> {
            if (selection.isSelected(p) && period == agpPeriod.get()) {
                agp.set(result);
            }
        }, error -> exportMessage.set("Could not compute the glucose profile: " + error.getMessage()));
    }

    /** Writes the AGP report of the current period as PDF. */
    public void exportPdf(Path file) {
        Profile p = selection.profile();
        if (p == null) {
            return;
        }
        AgpPeriod period = agpPeriod.get();
        GlucoseUnit unit = selection.unit();
        exportMessage.set("Writing " + file.getFileName() + "…");
        tasks.run("Writing the AGP report", () -> insights.writeAgpPdf(p, period.days(), unit, file),
                written -> exportMessage.set("Saved the " + period + " AGP report to " + written + "."),
                error -> exportMessage.set("Could not save the report: " + error.getMessage()));
    }

    private void present() {
        GlucoseUnit u = selection.unit();
        unitLabel.set(u.label());
        double sum = 0;
        for (int i = 0; i < loaded.size(); i++) {
            sum += loaded.value(i);
        }
        series.set(loaded.mapValues(u::fromMgDl));
        readings.set(String.format("%,d", loaded.size()));
        mean.set(loaded.isEmpty() ? "–" : Formats.glucose(sum / loaded.size(), u));
        latest.set(newest.map(n -> Formats.glucose(n.value(), u)).orElse("–"));
        latestAge.set(newest.map(n -> Formats.age(n.age())).orElse(""));
        emptyMessage.set(selection.profile() == null ? "Create or select a profile to see its glucose."
                : loaded.isEmpty() ? "No glucose readings in the last " + range.get()
                + ". Connect a CGM account or plug in a receiver." : "");
    }

    /** The selected profile's time zone, for labelling times. */
    public ZoneId zone() {
        return selection.zone();
    }

    public GlucoseUnit unit() {
        return selection.unit();
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    public ObjectProperty<AgpPeriod> agpPeriodProperty() {
        return agpPeriod;
    }

    public ReadOnlyObjectProperty<TimeSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgpReportInput> agpProperty() {
        return agp.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latestAgeProperty() {
        return latestAge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meanProperty() {
        return mean.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readingsProperty() {
        return readings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitLabelProperty() {
        return unitLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }
}
