package org.pulseport.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way views run work: the work on a background executor, its result (or error) back on the JavaFX
 * Application Thread. It counts running tasks and names the newest, for the status bar. In view-model tests
 * both executors can run inline.
 */
public final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TaskRunner(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Runs {@code work} in the background and hands its result or failure to the FX thread. */
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        fxThread.execute(() -> {
            running.set(running.get() + 1);
            message.set(description);
        });
        background.execute(() -> {
            try {
                T result = work.call();
                fxThread.execute(() -> {
                    finished();
                    deliver(description, result, onSuccess, onFailure);
                });
            } catch (Exception | LinkageError e) {
                LOG.warn("{} failed: {}", description, e.toString());
                fxThread.execute(() -> {
                    finished();
                    onFailure.accept(e);
                });
            }
        });
    }

    /**
     * A runner for work whose newest result is the only one worth showing (reloading a view): a result or failure
     * arriving after a later call was made through the same handle is dropped.
     */
    public Latest latest() {
        return new Latest();
    }

    /** See {@link #latest()}. */
    public final class Latest {

        private final AtomicLong calls = new AtomicLong();

        private Latest() {
        }

        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            long call = calls.incrementAndGet();
            TaskRunner.this.run(description, work, result -> {
                if (call == calls.get()) {
                    onSuccess.accept(result);
                }
            }, error -> {
                if (call == calls.get()) {
                    onFailure.accept(error);
                }
            });
        }
    }

    /** Hands the result over; a failure while presenting it is reported like a failure of the work. */
    private static <T> void deliver(String description, T result, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            onSuccess.accept(result);
        } catch (RuntimeException e) {
            LOG.error("{}: showing the result failed", description, e);
            onFailure.accept(e);
        }
    }

    private void finished() {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            message.set("");
        }
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
