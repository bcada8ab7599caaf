package org.pulseport.app.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.workouts.BatchReport;
import org.pulseport.app.engine.workouts.IntensityProfile;
import org.pulseport.app.engine.workouts.StepSyntax;
import org.pulseport.app.engine.workouts.SyncEntity;
import org.pulseport.app.engine.workouts.SyncStatus;
import org.pulseport.app.engine.workouts.WorkoutSync;
import org.pulseport.app.store.StoredSchedule;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Workout;
import org.pulseport.core.workout.WorkoutStep;

/**
 * The workout library: the profile's workouts with per-destination sync badges, the step editor (name, sport and
 * steps, parsed as the person types into a live intensity profile), the calendar of the next four weeks, and
 * "Sync now". All store and network work runs through the {@link TaskRunner}.
 */
public final class WorkoutLibraryViewModel {

    static final int CALENDAR_DAYS = 28;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    /** A workout or scheduled workout as listed, with its badges and their explanation. */
    public record Row(UUID id, String title, String badges, String tooltip) {
        @Override
        public String toString() {
            return title + (badges.isEmpty() ? "" : "   " + badges);
        }
    }

    /** What a load fetches in the background. */
    private record Snapshot(List<StoredWorkout> workouts, Map<UUID, Map<String, SyncStatus>> workoutStatus,
                            List<StoredSchedule> schedules, Map<UUID, Map<String, SyncStatus>> scheduleStatus) {
    }

    private final WorkoutSync sync;
    private final ProfileContext profiles;
    private final TaskRunner tasks;
    private final ObservableList<Row> workouts = FXCollections.observableArrayList();
    private final ObservableList<Row> calendar = FXCollections.observableArrayList();
    private final ObservableList<IntensityProfile.Block> profile = FXCollections.observableArrayList();
    private final ObjectProperty<UUID> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Sport> sport = new SimpleObjectProperty<>(Sport.CYCLING);
    private final StringProperty steps = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper stepError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<StoredWorkout> library = List.of();

    public WorkoutLibraryViewModel(WorkoutSync sync, ProfileContext profiles, TaskRunner tasks) {
        this.sync = sync;
        this.profiles = profiles;
        this.tasks = tasks;
        steps.addListener((o, before, now) -> parseSteps());
    }

    public void load() {
        Profile p = profiles.profile();
        if (p == null) {
            workouts.clear();
            calendar.clear();
            message.set("Select a profile to see its workouts.");
            return;
        }
        Instant from = LocalDate.now(p.timeZone()).atStartOfDay(p.timeZone()).toInstant();
        tasks.run("Loading workouts", () -> {
            List<StoredWorkout> all = sync.service().library(p.id());
            List<StoredSchedule> schedules = sync.service().calendar(p.id(), from, from.plusSeconds(86_400L * CALENDAR_DAYS));
            return new Snapshot(all,
                    all.stream().collect(Collectors.toMap(StoredWorkout::id,
                            w -> sync.monitor().getAllSyncStatuses(SyncEntity.WORKOUT, w.id()))),
                    schedules,
                    schedules.stream().collect(Collectors.toMap(StoredSchedule::id,
                            s -> sync.monitor().getAllSyncStatuses(SyncEntity.SCHEDULED_WORKOUT, s.id()))));
        }, this::show, e -> message.set("Could not load workouts: " + e.getMessage()));
    }

    private void show(Snapshot snapshot) {
        library = snapshot.workouts();
        workouts.setAll(snapshot.workouts().stream().map(w -> row(w.id(), w.workout().name() + " · "
                + w.workout().sport().name().toLowerCase(), snapshot.workoutStatus().get(w.id()))).toList());
        Map<UUID, String> names = snapshot.workouts().stream()
                .collect(Collectors.toMap(StoredWorkout::id, w -> w.workout().name()));
        calendar.setAll(snapshot.schedules().stream().map(s -> row(s.id(), WHEN.format(s.startsAt()) + "  "
                + names.getOrDefault(s.workoutId(), "?"), snapshot.scheduleStatus().get(s.id()))).toList());
        if (snapshot.workouts().isEmpty()) {
            message.set("No workouts yet: type steps below and press Save.");
        }
    }

    static Row row(UUID id, String title, Map<String, SyncStatus> statuses) {
        String badges = statuses.values().stream().map(s -> s.badge() + " " + s.provider()).collect(Collectors.joining("  "));
        String tooltip = statuses.values().stream().map(SyncStatus::describe).collect(Collectors.joining("\n"));
        return new Row(id, title, badges, tooltip.isEmpty() ? "Not queued for any destination" : tooltip);
    }

    /** Puts a workout of the list into the editor. */
    public void edit(Row row) {
        library.stream().filter(w -> w.id().equals(row.id())).findFirst().ifPresent(w -> {
            editing.set(w.id());
            name.set(w.workout().name());
            sport.set(w.workout().sport());
            steps.set(StepSyntax.format(w.workout().steps()));
        });
    }

    public void newWorkout() {
        editing.set(null);
        name.set("New workout");
        sport.set(Sport.CYCLING);
        steps.set("warmup 10min @50-65%ftp; 4x(8min @95-105%ftp, rest 2min); cooldown 10min");
    }

    public void save() {
        Profile p = profiles.profile();
        Optional<List<WorkoutStep>> parsed = parseSteps();
        if (p == null || parsed.isEmpty()) {
            return;
        }
        Workout workout = new Workout(name.get().isBlank() ? "Workout" : name.get().trim(), sport.get(), parsed.get());
        UUID id = editing.get();
        tasks.run("Saving workout", () -> id == null ? sync.service().create(p.id(), workout)
                        : sync.service().update(id, workout).orElseThrow(),
                saved -> {
                    editing.set(saved.id());
                    message.set("Saved \"" + saved.workout().name() + "\".");
                    load();
                }, e -> message.set("Could not save: " + e.getMessage()));
    }

    public void delete() {
        UUID id = editing.get();
        if (id == null) {
            return;
        }
        tasks.run("Deleting workout", () -> sync.service().delete(id), done -> {
            editing.set(null);
            message.set("Deleted; it is removed from the destinations it was synced to.");
            load();
        }, e -> message.set("Could not delete: " + e.getMessage()));
    }

    public void schedule(LocalDate date, LocalTime time) {
        UUID id = editing.get();
        if (id == null || date == null || time == null) {
            message.set("Choose a saved workout, a date and a time to schedule it.");
            return;
        }
        ZoneId zone = profiles.zone();
        tasks.run("Scheduling workout", () -> sync.service().schedule(id, date.atTime(time).atZone(zone)),
                s -> load(), e -> message.set("Could not schedule: " + e.getMessage()));
    }

    public void syncNow() {
        tasks.run("Syncing workouts", sync::syncNow, this::reported, e -> message.set("Sync failed: " + e.getMessage()));
    }

    private void reported(BatchReport report) {
        message.set("Synced " + report.operations() + " changes: " + report.succeeded() + " succeeded, " + report.failed()
                + " failed" + (report.waiting() > 0 ? ", " + report.waiting() + " wait for a head unit" : "") + ".");
        load();
    }

    private Optional<List<WorkoutStep>> parseSteps() {
        try {
            List<WorkoutStep> parsed = StepSyntax.parse(steps.get());
            profile.setAll(IntensityProfile.of(parsed));
            stepError.set("");
            return Optional.of(parsed);
        } catch (IllegalArgumentException e) {
            stepError.set(e.getMessage());
            return Optional.empty();
        }
    }

    public ObservableList<Row> workouts() {
        return workouts;
    }

    public ObservableList<Row> calendar() {
        return calendar;
    }

    public ObservableList<IntensityProfile.Block> profile() {
        return profile;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<Sport> sport() {
        return sport;
    }

    public StringProperty steps() {
        return steps;
    }

    public ReadOnlyStringProperty stepError() {
        return stepError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
