package org.pulseport.app.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One bounded thread pool per {@link WorkQueue}, with named daemon threads so logs show which queue did what
 * and a stuck task never keeps the application from exiting.
 */
public final class WorkQueues implements AutoCloseable {

    private final Map<WorkQueue, ExecutorService> executors = new EnumMap<>(WorkQueue.class);

    public WorkQueues() {
        for (WorkQueue queue : WorkQueue.values()) {
            executors.put(queue, Executors.newFixedThreadPool(queue.concurrency(), namedDaemons("pulseport-" + queue.id())));
        }
    }

    public ExecutorService executor(WorkQueue queue) {
        return executors.get(queue);
    }

    /** A thread factory for daemon threads named {@code prefix-N}. */
    public static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executors.values().forEach(ExecutorService::shutdown);
        for (ExecutorService executor : executors.values()) {
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
