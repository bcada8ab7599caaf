package org.pulseport.app.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.workouts.SyncHealth;
import org.pulseport.app.engine.workouts.WorkoutSyncMonitor;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueMonitoring;

/**
 * The Sync health panel of the workout sync queue (all profiles): pending operations by provider, operation and
 * entity type, the error types of operations being retried, failed operations to retry (with a fresh retry
 * budget) or discard, and the 24-hour success rate per provider. Queries and actions run in the background.
 */
public final class SyncHealthViewModel {

    /** How many failed operations the panel lists, newest first. */
    static final int FAILED_SHOWN = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final WorkoutSyncMonitor monitor;
    private final TaskRunner tasks;
    private final Supplier<ZoneId> zone;
    private final ObservableList<QueueMonitoring.PendingCount> pending = FXCollections.observableArrayList();
    private final ObservableList<QueueMonitoring.ErrorCount> errorPatterns = FXCollections.observableArrayList();
    private final ObservableList<QueueEntry> failed = FXCollections.observableArrayList();
    private final ObservableList<QueueMonitoring.SuccessRate> successRates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code zone} gives the time zone times are shown in (the selected profile's). */
    public SyncHealthViewModel(WorkoutSyncMonitor monitor, TaskRunner tasks, Supplier<ZoneId> zone) {
        this.monitor = monitor;
        this.tasks = tasks;
        this.zone = zone;
    }

    public void load() {
        tasks.run("Loading the sync health", () -> monitor.health(FAILED_SHOWN), this::show,
                error -> message.set("Could not load the sync health: " + error.getMessage()));
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
        tasks.run(verb + " queue entry " + id, () -> new Outcome(action.call(), monitor.health(FAILED_SHOWN)), outcome -> {
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
        return TIME.format(at.atZone(zone.get()));
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

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Outcome(boolean changed, SyncHealth health) {
    }
}
