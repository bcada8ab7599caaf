package org.pulseport.app.engine;

/**
 * A kind of job that runs on one of the work queues, with text data (an id, or a small JSON document).
 * Failures (exceptions) are retried three times with exponential back-off from 5 s, then dead-lettered.
 */
public record QueuedTask(WorkQueue queue, String name, Handler handler) {

    /** Runs one job of this kind. */
    @FunctionalInterface
    public interface Handler {
        TaskOutcome run(String data) throws Exception;
    }
}
