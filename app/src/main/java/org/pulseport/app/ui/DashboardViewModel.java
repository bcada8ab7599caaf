package org.pulseport.app.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.analytics.GlucoseRange;
import org.pulseport.app.analytics.TimeInRanges;
import org.pulseport.app.engine.DashboardService;
import org.pulseport.app.engine.DashboardSnapshot;
import org.pulseport.app.engine.Engine;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;

/**
 * The dashboard: the selected profile at a glance (newest glucose with trend and age, today in range, sleep,
 * readiness and recovery, the next planned workout, the connections) and what needs attention, each item with
 * the section that fixes it.
 */
public final class DashboardViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");

    /** One data source as the dashboard lists it. */
    public record SourceChip(String name, String detail, boolean healthy) {
    }

    /** One "needs attention" line and where its fix is. */
    public record AttentionItem(String message, String action, Section target) {
    }

    private final DashboardService dashboard;
    private final Engine engine;
    private final TaskRunner tasks;
    private final ProfileContext selection;
    private final Consumer<Section> navigate;

    private final ReadOnlyStringWrapper profileName = new ReadOnlyStringWrapper("No profile selected");
    private final ReadOnlyStringWrapper glucose = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper glucoseDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inRange = new ReadOnlyStringWrapper("–");
    private final ReadOnlyObjectWrapper<TimeInRanges> todayRanges = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sleep = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper sleepDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readiness = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper recovery = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper nextWorkout = new ReadOnlyStringWrapper("None planned");
    private final ReadOnlyStringWrapper storedReadings = new ReadOnlyStringWrapper("–");
    private final ReadOnlyObjectWrapper<TimeSeries> lastDay = new ReadOnlyObjectWrapper<>(TimeSeries.empty());
    private final ReadOnlyStringWrapper unitLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<AttentionItem> attention = FXCollections.observableArrayList();
    private final ObservableList<SourceChip> sources = FXCollections.observableArrayList();

    private Optional<DashboardSnapshot> snapshot = Optional.empty();

    public DashboardViewModel(DashboardService dashboard, Engine engine, TaskRunner tasks, ProfileContext selection,
                              Consumer<Section> navigate) {
        this.dashboard = dashboard;
        this.engine = engine;
        this.tasks = tasks;
        this.selection = selection;
        this.navigate = navigate;
        selection.observe(this::reload, this::present);
        reload();
    }

    public void reload() {
        Profile p = selection.profile();
        profileName.set(p == null ? "No profile selected" : p.name());
        if (p == null) {
            snapshot = Optional.empty();
            present();
            return;
        }
        tasks.run("Loading dashboard", () -> dashboard.snapshot(p), loaded -> {
            if (selection.isSelected(p)) {
                snapshot = Optional.of(loaded);
                present();
            }
        }, error -> glucoseDetail.set("Could not load: " + error.getMessage()));
    }

    /** "Sync now" for every active source of the selected profile; joins syncs already running. */
    public void syncNow() {
        Profile p = selection.profile();
        if (p == null || syncing.get()) {
            return;
        }
        syncing.set(true);
        syncStatus.set("Syncing " + p.name() + "…");
        tasks.run("Syncing " + p.name(), () -> engine.syncProfileNow(p.id()).join(), reports -> {
            syncing.set(false);
            syncStatus.set(SyncSummary.of(reports));
            reload();
        }, error -> {
            syncing.set(false);
            syncStatus.set("Sync failed: " + SyncSummary.reason(error) + " See Jobs for details.");
        });
    }

    /** Performs an attention item's fix: opens the section where it is done. */
    public void fix(AttentionItem item) {
        navigate.accept(item.target());
    }

    private void present() {
        GlucoseUnit u = selection.unit();
        unitLabel.set(u.label());
        DashboardSnapshot s = snapshot.orElse(null);
        glucose.set(s == null ? "–" : s.latestGlucose().map(g -> Formats.glucose(g.mgDl(), u) + " " + u.label()
                + g.trend().map(t -> " " + t.arrow()).orElse("")).orElse("–"));
        glucoseDetail.set(s == null ? "" : s.latestGlucose().map(g -> "measured " + Formats.age(g.age())
                + g.trend().map(t -> ", " + t.description()).orElse("")).orElse("No glucose readings yet"));
        TimeInRanges today = s == null ? null : s.todayInRanges().orElse(null);
        todayRanges.set(today);
        inRange.set(today == null ? "–" : String.format("%.0f %%", today.percent(GlucoseRange.IN_RANGE)));
        sleep.set(s == null ? "–" : daily(s, MetricType.SLEEP_SCORE));
        sleepDetail.set(s == null || !s.latestDaily().containsKey(MetricType.SLEEP_DURATION) ? ""
                : Formats.hoursMinutes(s.latestDaily().get(MetricType.SLEEP_DURATION)) + " asleep");
        readiness.set(s == null ? "–" : daily(s, MetricType.READINESS_SCORE));
        recovery.set(s == null ? "–" : daily(s, MetricType.RECOVERY_SCORE).equals("–") ? "–" : daily(s, MetricType.RECOVERY_SCORE) + " %");
        nextWorkout.set(s == null ? "–" : s.nextWorkout().map(w -> w.name() + ", " + WHEN.format(w.startsAt())).orElse("None planned"));
        storedReadings.set(s == null ? "–" : String.format("%,d", s.storedReadings()));
        lastDay.set(s == null ? TimeSeries.empty() : s.lastDay().mapValues(u::fromMgDl));
        sources.setAll(s == null ? java.util.List.of() : s.sources().stream().map(DashboardViewModel::chip).toList());
        attention.setAll(s == null ? java.util.List.of() : s.attention().stream().map(DashboardViewModel::item).toList());
    }

    private static SourceChip chip(DashboardSnapshot.Source source) {
        return new SourceChip(source.name(), source.kind() + source.sinceLastSync().map(d -> ", last synced " + Formats.age(d))
                .orElse(", not synced yet") + (source.healthy() ? "" : ", needs attention"), source.healthy());
    }

    private static String daily(DashboardSnapshot s, MetricType metric) {
        Double value = s.latestDaily().get(metric);
        return value == null ? "–" : String.valueOf(Math.round(value));
    }

    private static AttentionItem item(DashboardSnapshot.Attention a) {
        switch (a.kind()) {
            case RECONNECT:
                return new AttentionItem(a.message(), "Reconnect", Section.CONNECTIONS);
            case FAILED_JOBS:
                return new AttentionItem(a.message(), "Open Jobs", Section.JOBS);
            case NO_SOURCES:
                return new AttentionItem(a.message(), "Connect an account", Section.CONNECTIONS);
            case DEVICE_CLOCK:
            case DEVICE_PROBLEM:
                return new AttentionItem(a.message(), "Open Devices", Section.DEVICES);
            default:
                return new AttentionItem(a.message(), "Check connections", Section.CONNECTIONS);
        }
    }

    /** The selected profile's time zone, for labelling times. */
    public java.time.ZoneId zone() {
        return selection.zone();
    }

    public ReadOnlyStringProperty profileNameProperty() {
        return profileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty glucoseProperty() {
        return glucose.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty glucoseDetailProperty() {
        return glucoseDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty inRangeProperty() {
        return inRange.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeInRanges> todayRangesProperty() {
        return todayRanges.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sleepProperty() {
        return sleep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sleepDetailProperty() {
        return sleepDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recoveryProperty() {
        return recovery.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextWorkoutProperty() {
        return nextWorkout.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storedReadingsProperty() {
        return storedReadings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeSeries> lastDayProperty() {
        return lastDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitLabelProperty() {
        return unitLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncStatusProperty() {
        return syncStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ObservableList<AttentionItem> attention() {
        return attention;
    }

    /** The profile's data sources, each a name, a detail line and whether it is healthy. */
    public ObservableList<SourceChip> sources() {
        return sources;
    }

    public GlucoseUnit unit() {
        return selection.unit();
    }
}
