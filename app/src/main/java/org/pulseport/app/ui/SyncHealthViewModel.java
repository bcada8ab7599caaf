package org.pulseport.app.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.workouts.SyncHealth;
import org.pulseport.app.engine.workouts.WorkoutSyncMonitor;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueMonitoring;
import org.pulseport.core.model.Profile;

/**
 * The Sync health panel of the workout sync queue, for the selected profile or (a switch, for clinic staff) all
 * profiles: pending operations by provider, operation and entity type, the error types of operations being
 * retried, failed operations to retry (with a fresh retry budget) or discard, and the 24-hour success rate per
 * provider. Queries and actions run in the background.
 */
public final class SyncHealthViewModel {

    /** How many failed operations the panel lists, newest first. */
    static final int FAILED_SHOWN = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final WorkoutSyncMonitor monitor;
    private final TaskRunner.Latest loads;
    private final Supplier<Profile> profile;
    private final BooleanProperty allProfiles = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper("");
    private final ObservableList<QueueMonitoring.PendingCount> pending = FXCollections.observableArrayList();
    private final ObservableList<QueueMonitoring.ErrorCount> errorPatterns = FXCollections.observableArrayList();
    private final ObservableList<QueueEntry> failed = FXCollections.observableArrayList();
    private final ObservableList<QueueMonitoring.SuccessRate> successRates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code profile} gives the selected profile (null when there is none): whose queue, and the zone of times. */
    public SyncHealthViewModel(WorkoutSyncMonitor monitor, TaskRunner tasks, Supplier<Profile> profile) {
        this.monitor = monitor;
        this.loads = tasks.latest();
        this.profile = profile;
    }

    public void load() {
        OptionalLong shown = shownProfile();
        scope.set(describe(shown));
        loads.run("Loading the sync health", () -> monitor.health(shown, FAILED_SHOWN), this::show,
                error -> message.set("Could not load the sync health: " + error.getMessage()));
    }

    /** The selected profile, or none (every profile) when asked or when no profile is selected. */
    private OptionalLong shownProfile() {
        Profile selected = profile.get();
        return allProfiles.get() || selected == null ? OptionalLong.empty() : OptionalLong.of(selected.id());
    }

    private String describe(OptionalLong shown) {
        String whose = shown.isPresent() ? profile.get().name() + "'s workout sync queue"
                : "The workout sync queue of all profiles";
        return whose + ": what waits, what keeps failing and how each destination did today.";
    }

    /** Queues a failed operation again with a fresh retry budget; it runs with the next batch or "Sync now". */
    public void retry(QueueEntry entry) {
        act("Retrying", () -> monitor.retry(entry.id()), entry.id(),
                describe(entry) + " is queued again and runs with the next batch.");
    }

    /** Drops a failed operation from the list. */
    public void discard(QueueEntry entry) {
        act("Discarding", () -> monitor.discard(entry.id()), entry.id(), describe(entry) + " was discarded.");
    }

    private void act(String verb, Callable<Boolean> action, UUID id, String done) {
        OptionalLong shown = shownProfile();
        loads.run(verb + " queue entry " + id, () -> new Outcome(action.call(), monitor.health(shown, FAILED_SHOWN)), outcome -> {
            show(outcome.health());
            message.set(outcome.changed() ? done : "That operation was already retried or discarded.");
        }, error -> message.set(verb + " failed: " + error.getMessage()));
    }

    private void show(SyncHealth health) {
        pending.setAll(health.pending());
        errorPatterns.setAll(health.errorPatterns());
        failed.setAll(health.failed());
        successRates.setAll(health.successRates());
        summary.set(summary(health));
    }

    static String summary(SyncHealth health) {
        if (health.pendingTotal() == 0 && health.failed().isEmpty()) {
            return "All caught up: nothing pending, nothing failed.";
        }
        return String.format("%,d pending (%,d waiting for a retry), %,d failed.", health.pendingTotal(),
                health.retrying(), health.failed().size());
    }

    /** E.g. "wahoo: workout create". */
    static String describe(QueueEntry entry) {
        return entry.provider() + ": " + entity(entry.entityType()) + " " + entry.operation();
    }

    /** "workout" or "scheduled workout". */
    public static String entity(String entityType) {
        return entityType.equals("workout") ? "workout" : "scheduled workout";
    }

    /** When the operation was last tried (or queued, if never), in the selected profile's zone. */
    public String when(QueueEntry entry) {
        Instant at = entry.lastAttemptAt() != null ? entry.lastAttemptAt() : entry.createdAt();
        Profile selected = profile.get();
        return TIME.format(at.atZone(selected == null ? ZoneId.systemDefault() : selected.timeZone()));
    }

    /** "3 retries used" for a permanent failure, "not retried" for errors that are never retried. */
    public static String attempts(QueueEntry entry) {
        return entry.retryCount() == 0 ? "not retried" : entry.retryCount() + (entry.retryCount() == 1 ? " retry" : " retries") + " used";
    }

    /** "auth_error: Wahoo refused ...". */
    public static String error(QueueEntry entry) {
        return entry.errorType() + ": " + (entry.errorMessage() == null ? "" : entry.errorMessage());
    }

    /** "97.50 %". */
    public static String rate(QueueMonitoring.SuccessRate rate) {
        return String.format(Locale.ROOT, "%.2f %%", rate.successRate());
    }

    public ObservableList<QueueMonitoring.PendingCount> pending() {
        return pending;
    }

    public ObservableList<QueueMonitoring.ErrorCount> errorPatterns() {
        return errorPatterns;
    }

    public ObservableList<QueueEntry> failed() {
        return failed;
    }

    public ObservableList<QueueMonitoring.SuccessRate> successRates() {
        return successRates;
    }

    /** Whether the panel shows every profile's operations instead of the selected profile's. */
    public BooleanProperty allProfilesProperty() {
        return allProfiles;
    }

    /** Whose queue the panel shows, as a sentence. */
    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Outcome(boolean changed, SyncHealth health) {
    }
}
