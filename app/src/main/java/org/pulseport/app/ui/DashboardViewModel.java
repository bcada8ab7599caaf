package org.pulseport.app.ui;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pulseport.app.engine.Engine;
import org.pulseport.app.engine.TrendService;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.MetricType;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.TimeSeries;

/** The dashboard's logic: the selected profile at a glance (newest glucose and how old it is, stored data). */
public final class DashboardViewModel {

    private static final Duration LOOK_BACK = Duration.ofDays(1);

    private final TrendService trends;
    private final Engine engine;
    private final TaskRunner tasks;
    private final ProfileContext selection;

    private final ReadOnlyStringWrapper profileName = new ReadOnlyStringWrapper("No profile selected");
    private final ReadOnlyStringWrapper glucose = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper glucoseDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storedReadings = new ReadOnlyStringWrapper("–");
    private final ReadOnlyObjectWrapper<TimeSeries> lastDay = new ReadOnlyObjectWrapper<>(TimeSeries.empty());
    private final ReadOnlyStringWrapper unitLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncStatus = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper syncing = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    private Snapshot snapshot = Snapshot.NONE;

    public DashboardViewModel(TrendService trends, Engine engine, TaskRunner tasks, ProfileContext selection) {
        this.trends = trends;
        this.engine = engine;
        this.tasks = tasks;
        this.selection = selection;
        selection.observe(this::reload, this::present);
        reload();
    }

    public void reload() {
        Profile p = selection.profile();
        profileName.set(p == null ? "No profile selected" : p.name());
        if (p == null) {
            snapshot = Snapshot.NONE;
            present();
            return;
        }
        tasks.run("Loading dashboard", () -> {
            TimeSeries glucose = trends.recent(p.id(), MetricType.GLUCOSE, LOOK_BACK);
            return new Snapshot(glucose, trends.latestOf(glucose), trends.sampleCount(p.id()));
        }, loaded -> {
                    if (selection.isSelected(p)) {
                        snapshot = loaded;
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

    private void present() {
        GlucoseUnit u = selection.unit();
        glucose.set(snapshot.latestGlucose().map(r -> Formats.glucose(r.value(), u) + " " + u.label()).orElse("–"));
        glucoseDetail.set(snapshot.latestGlucose().map(r -> "measured " + Formats.age(r.age()))
                .orElse("No glucose reading in the last 24 hours"));
        storedReadings.set(String.format("%,d", snapshot.storedReadings()));
        unitLabel.set(u.label());
        lastDay.set(snapshot.lastDay().mapValues(u::fromMgDl));
    }

    /** The selected profile's time zone, for labelling times. */
    public java.time.ZoneId zone() {
        return selection.zone();
    }

    public ReadOnlyObjectProperty<TimeSeries> lastDayProperty() {
        return lastDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncStatusProperty() {
        return syncStatus.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitLabelProperty() {
        return unitLabel.getReadOnlyProperty();
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

    public ReadOnlyStringProperty storedReadingsProperty() {
        return storedReadings.getReadOnlyProperty();
    }

    private record Snapshot(TimeSeries lastDay, Optional<TrendService.Reading> latestGlucose, long storedReadings) {
        static final Snapshot NONE = new Snapshot(TimeSeries.empty(), Optional.empty(), 0);
    }
}
