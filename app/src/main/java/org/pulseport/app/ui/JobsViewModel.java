package org.pulseport.app.ui;

import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.Engine;
import org.pulseport.app.engine.JobsOverview;
import org.pulseport.app.store.DeadLetterRepository.DeadLetter;
import org.pulseport.app.store.JobRunRepository.JobRun;
import org.pulseport.app.store.JobRunRepository.JobStats;

/** The Jobs view: failure rates per job, recent runs, dead letters to retry or discard. */
public final class JobsViewModel {

    static final Duration PERIOD = Duration.ofDays(7);
    static final int RECENT_RUNS = 100;

    private final Engine engine;
    private final TaskRunner tasks;
    private final ObservableList<JobStats> stats = FXCollections.observableArrayList();
    private final ObservableList<JobRun> runs = FXCollections.observableArrayList();
    private final ObservableList<DeadLetter> deadLetters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public JobsViewModel(Engine engine, TaskRunner tasks) {
        this.engine = engine;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.run("Loading jobs", () -> engine.overview(PERIOD, RECENT_RUNS), this::show,
                error -> message.set("Could not load the job history: " + error.getMessage()));
    }

    public void retry(DeadLetter letter) {
        act("Retrying job", () -> engine.retryDeadLetter(letter.id()),
                "Job " + letter.taskName() + " (" + letter.taskInstance() + ") is queued again.");
    }

    public void discard(DeadLetter letter) {
        act("Discarding job", () -> engine.discardDeadLetter(letter.id()),
                "Job " + letter.taskName() + " (" + letter.taskInstance() + ") was discarded.");
    }

    private void act(String description, java.util.concurrent.Callable<Boolean> action, String done) {
        tasks.run(description, () -> {
            boolean changed = action.call();
            return new Result(changed, engine.overview(PERIOD, RECENT_RUNS));
        }, result -> {
            show(result.overview());
            message.set(result.changed() ? done : "That job was already retried or discarded.");
        }, error -> message.set(description + " failed: " + error.getMessage()));
    }

    private void show(JobsOverview overview) {
        stats.setAll(overview.stats());
        runs.setAll(overview.recentRuns());
        deadLetters.setAll(overview.deadLetters());
        if (overview.recentRuns().isEmpty()) {
            message.set("No background jobs have run yet. Scheduled syncs run while Pulseport is open.");
        }
    }

    /** "12.5 %" of a job's failure rate. */
    public static String failureRate(JobStats jobStats) {
        return String.format("%.1f %%", 100 * jobStats.failureRate());
    }

    public ObservableList<JobStats> stats() {
        return stats;
    }

    public ObservableList<JobRun> runs() {
        return runs;
    }

    public ObservableList<DeadLetter> deadLetters() {
        return deadLetters;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Result(boolean changed, JobsOverview overview) {
    }
}
