package org.pulseport.app.ui;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.pulseport.app.engine.TrendService;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;

/**
 * The glucose view's logic: loads the selected profile's readings for the chosen range off the UI thread and
 * prepares the chart series and headline numbers in the chosen unit.
 */
public final class GlucoseViewModel {

    /** The look-back ranges offered above the chart. */
    public enum Range {
        DAY("24 hours", Duration.ofDays(1)),
        THREE_DAYS("3 days", Duration.ofDays(3)),
        WEEK("7 days", Duration.ofDays(7)),
        TWO_WEEKS("14 days", Duration.ofDays(14));

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

    private final TrendService trends;
    private final TaskRunner tasks;
    private final ProfileContext selection;

    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.WEEK);
    private final ReadOnlyObjectWrapper<ChartSeries> series = new ReadOnlyObjectWrapper<>(ChartSeries.EMPTY);
    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper latestAge = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mean = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper readings = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper unitLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");

    private TimeSeries loaded = TimeSeries.empty();
    private Optional<TrendService.Reading> newest = Optional.empty();

    public GlucoseViewModel(TrendService trends, TaskRunner tasks, ProfileContext selection) {
        this.trends = trends;
        this.tasks = tasks;
        this.selection = selection;
        selection.observe(this::reload, this::present);
        range.addListener((o, before, now) -> reload());
        reload();
    }

    /** Loads the current profile's readings for the current range. */
    public void reload() {
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
                newest = result.isEmpty() ? Optional.empty() : trends.latestOf(result);
                present();
            }
        }, error -> emptyMessage.set("Could not load readings: " + error.getMessage()));
    }

    private void present() {
        GlucoseUnit u = selection.unit();
        unitLabel.set(u.label());
        double sum = 0;
        for (int i = 0; i < loaded.size(); i++) {
            sum += loaded.value(i);
        }
        series.set(ChartSeries.inUnit(loaded, u));
        readings.set(String.valueOf(loaded.size()));
        mean.set(loaded.isEmpty() ? "–" : Formats.glucose(sum / loaded.size(), u));
        latest.set(newest.map(n -> Formats.glucose(n.value(), u)).orElse("–"));
        latestAge.set(newest.map(n -> Formats.age(n.age())).orElse(""));
        emptyMessage.set(selection.profile() == null ? "Create or select a profile to see its glucose."
                : loaded.isEmpty() ? "No glucose readings in the last " + range.get()
                + ". Connect a CGM account or plug in a receiver." : "");
    }

    /** The selected profile's time zone, for labelling times. */
    public java.time.ZoneId zone() {
        return selection.zone();
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    public ReadOnlyObjectProperty<ChartSeries> seriesProperty() {
        return series.getReadOnlyProperty();
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
}
