package org.pulseport.app.notify;

/**
 * Queues a job of a registered kind on the engine's work queues ({@code Engine::enqueue}); notify only needs
 * this one operation, and tests can record what was queued.
 */
@FunctionalInterface
public interface JobQueue {

    /** @return true when a new job was queued, false when the same instance was already queued or running */
    boolean enqueue(String taskName, String instance, String data);
}
