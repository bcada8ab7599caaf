package org.pulseport.app.ui;

import org.pulseport.core.model.TimeSeries;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.ActivityDetail;
import org.pulseport.app.engine.ActivityEntry;
import org.pulseport.app.engine.ActivityFormat;
import org.pulseport.app.engine.ActivityImportResult;
import org.pulseport.app.engine.ActivityImporter;
import org.pulseport.app.engine.ActivityLibrary;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.core.activity.Channel;
import org.pulseport.core.activity.Efforts;
import org.pulseport.core.activity.Lap;
import org.pulseport.core.model.Profile;

/**
 * The Workouts section's completed activities: lists the selected profile's activities, imports dropped or
 * chosen FIT files, and shows the selected activity's summary, laps and charts (prepared off the UI thread).
 */
public final class ActivitiesViewModel {

    /** The channels charted, in display order. */
    public static final List<Channel> CHARTED = List.of(Channel.HEART_RATE, Channel.POWER, Channel.CADENCE, Channel.SPEED);

    /** One row of the activity list. */
    public record ActivityRow(long id, String title, String detail) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** One row of the lap table. */
    public record LapRow(String number, String duration, String distance, String heartRate, String power) {
    }

    /** A loaded activity ready to show: its text and chart points. */
    private record Shown(ActivityDetail detail, Map<Channel, TimeSeries> charts) {
    }

    private final ActivityLibrary library;
    private final ActivityImporter importer;
    private final TaskRunner tasks;
    private final ProfileContext selection;

    private final ObservableList<ActivityRow> activities = FXCollections.observableArrayList();
    private final ObservableList<LapRow> laps = FXCollections.observableArrayList();
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper start = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper(ActivityFormat.MISSING);
    private final ReadOnlyStringWrapper distance = new ReadOnlyStringWrapper(ActivityFormat.MISSING);
    private final ReadOnlyStringWrapper heartRate = new ReadOnlyStringWrapper(ActivityFormat.MISSING);
    private final ReadOnlyStringWrapper power = new ReadOnlyStringWrapper(ActivityFormat.MISSING);
    private final ReadOnlyStringWrapper cadence = new ReadOnlyStringWrapper(ActivityFormat.MISSING);
    private final ReadOnlyStringWrapper ascent = new ReadOnlyStringWrapper(ActivityFormat.MISSING);
    private final ReadOnlyStringWrapper calories = new ReadOnlyStringWrapper(ActivityFormat.MISSING);
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Map<Channel, TimeSeries>> charts = new ReadOnlyObjectWrapper<>(Map.of());

    public ActivitiesViewModel(ActivityLibrary library, ActivityImporter importer, TaskRunner tasks,
                               ProfileContext selection) {
        this.library = library;
        this.importer = importer;
        this.tasks = tasks;
        this.selection = selection;
        selection.observe(() -> reload(Optional.empty()), () -> { });
        selected.addListener((o, before, now) -> show(now));
        reload(Optional.empty());
    }

    /** Reloads the list, then selects {@code select} if given, else the newest activity. */
    public void reload(Optional<Long> select) {
        Profile p = selection.profile();
        if (p == null) {
            activities.clear();
            emptyMessage.set("Create or select a profile to see its activities.");
            return;
        }
        tasks.run("Loading activities", () -> library.list(p.id()), entries -> {
            if (selection.isSelected(p)) {
                activities.setAll(entries.stream().map(ActivitiesViewModel::row).toList());
                emptyMessage.set(entries.isEmpty() ? "No activities yet. Drop FIT files here, use File > Import,"
                        + " or plug in your head unit." : "");
                selected.set(activities.stream().filter(r -> select.isEmpty() || r.id() == select.get()).findFirst()
                        .orElse(activities.isEmpty() ? null : activities.get(0)));
            }
        }, error -> emptyMessage.set("Could not load activities: " + error.getMessage()));
    }

    /** Imports FIT files into the selected profile and says what became of each. */
    public void importFiles(List<Path> files) {
        Profile p = selection.profile();
        if (p == null) {
            feedback.set("Select a profile before importing activities.");
            return;
        }
        if (files.isEmpty()) {
            return;
        }
        tasks.run("Importing " + files.size() + (files.size() == 1 ? " file" : " files"),
                () -> importer.importFiles(p.id(), files), results -> {
                    feedback.set(describe(results));
                    reload(results.stream().filter(ActivityImportResult.Imported.class::isInstance)
                            .map(r -> ((ActivityImportResult.Imported) r).activityId()).findFirst());
                }, error -> feedback.set("Import failed: " + error.getMessage()));
    }

    /** A head unit reported something (new activities, or what to do on it): show it and refresh the list. */
    public void headUnitNotice(String line) {
        feedback.set(line);
        reload(Optional.empty());
    }

    static String describe(List<ActivityImportResult> results) {
        long imported = results.stream().filter(ActivityImportResult.Imported.class::isInstance).count();
        long known = results.stream().filter(ActivityImportResult.AlreadyImported.class::isInstance).count();
        StringBuilder text = new StringBuilder("Imported " + imported + (imported == 1 ? " activity" : " activities"));
        if (known > 0) {
            text.append(", ").append(known).append(" already stored");
        }
        text.append('.');
        results.stream().filter(ActivityImportResult.Failed.class::isInstance).forEach(r -> text.append(' ')
                .append(r.fileName()).append(" was not imported: ").append(((ActivityImportResult.Failed) r).message()).append('.'));
        results.stream().filter(r -> r instanceof ActivityImportResult.Imported && ((ActivityImportResult.Imported) r).partial())
                .forEach(r -> text.append(' ').append(r.fileName()).append(" is damaged; only its first part was kept."));
        return text.toString();
    }

    private void show(ActivityRow row) {
        if (row == null) {
            present(null);
            return;
        }
        tasks.run("Loading activity", () -> library.detail(row.id()).map(ActivitiesViewModel::prepare), shown -> {
            if (row.equals(selected.get())) {
                present(shown.orElse(null));
            }
        }, error -> notes.set("Could not load the activity: " + error.getMessage()));
    }

    private static Shown prepare(ActivityDetail detail) {
        Map<Channel, TimeSeries> series = new EnumMap<>(Channel.class);
        CHARTED.forEach(channel -> series.put(channel, ActivityCharts.series(detail.records(), channel)));
        return new Shown(detail, series);
    }

    private void present(Shown shown) {
        if (shown == null) {
            List.of(title, start, notes).forEach(p -> p.set(""));
            List.of(duration, distance, heartRate, power, cadence, ascent, calories).forEach(p -> p.set(ActivityFormat.MISSING));
            laps.clear();
            charts.set(Map.of());
            return;
        }
        ActivitySummary s = shown.detail().entry().summary();
        Efforts e = s.efforts();
        title.set(ActivityFormat.sport(s.sport()));
        start.set(ActivityFormat.start(s));
        duration.set(ActivityFormat.duration(s.elapsed()));
        distance.set(ActivityFormat.distance(s.distanceMeters()));
        heartRate.set(ActivityFormat.averageAndMax(e.avgHeartRate(), e.maxHeartRate(), "bpm"));
        power.set(ActivityFormat.averageAndMax(e.avgPower(), e.maxPower(), "W"));
        cadence.set(ActivityFormat.whole(e.avgCadence(), "rpm"));
        ascent.set(ActivityFormat.meters(s.ascentMeters()));
        calories.set(ActivityFormat.whole(s.calories(), "kcal"));
        notes.set(shown.detail().entry().fileName() + " · " + String.format("%,d", shown.detail().records().size())
                + " records" + (shown.detail().entry().warnings().isEmpty() ? ""
                : " · " + String.join("; ", shown.detail().entry().warnings())));
        List<Lap> all = shown.detail().laps();
        laps.setAll(java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> lapRow(i + 1, all.get(i))).toList());
        charts.set(shown.charts());
    }

    private static LapRow lapRow(int number, Lap lap) {
        return new LapRow(String.valueOf(number), ActivityFormat.duration(lap.timer()), ActivityFormat.distance(lap.distanceMeters()),
                ActivityFormat.averageAndMax(lap.efforts().avgHeartRate(), lap.efforts().maxHeartRate(), "bpm"),
                ActivityFormat.whole(lap.efforts().avgPower(), "W"));
    }

    private static ActivityRow row(ActivityEntry entry) {
        ActivitySummary s = entry.summary();
        return new ActivityRow(entry.id(), ActivityFormat.sport(s.sport()) + " · " + ActivityFormat.distance(s.distanceMeters()),
                ActivityFormat.start(s) + " · " + ActivityFormat.duration(s.elapsed()));
    }

    public ObservableList<ActivityRow> activities() {
        return activities;
    }

    public ObservableList<LapRow> laps() {
        return laps;
    }

    public ObjectProperty<ActivityRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Map<Channel, TimeSeries>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startProperty() {
        return start.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty distanceProperty() {
        return distance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heartRateProperty() {
        return heartRate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty powerProperty() {
        return power.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cadenceProperty() {
        return cadence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ascentProperty() {
        return ascent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caloriesProperty() {
        return calories.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }
}
