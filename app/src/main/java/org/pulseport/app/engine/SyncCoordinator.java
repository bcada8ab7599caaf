package org.pulseport.app.engine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Runs syncs at most {@link WorkQueue#SYNC}'s concurrency at a time, and at most one per source: asking for a
 * source that is already syncing (a "Sync now" during a scheduled run) joins the running sync.
 */
public final class SyncCoordinator {

    private final SyncPipeline pipeline;
    private final ExecutorService executor;
    private final Semaphore permits = new Semaphore(WorkQueue.SYNC.concurrency(), true);
    private final Map<Long, CompletableFuture<SyncReport>> running = new ConcurrentHashMap<>();

    public SyncCoordinator(SyncPipeline pipeline, ExecutorService executor) {
        this.pipeline = pipeline;
        this.executor = executor;
    }

    /** Starts (or joins) the sync of a source in the background. */
    public CompletableFuture<SyncReport> sync(long sourceId, SyncTrigger trigger) {
        CompletableFuture<SyncReport> created = new CompletableFuture<>();
        CompletableFuture<SyncReport> existing = running.putIfAbsent(sourceId, created);
        if (existing != null) {
            return existing;
        }
        executor.execute(() -> runInto(created, sourceId, trigger));
        return created;
    }

    /** Runs (or joins) the sync of a source on the calling thread's behalf and waits for it. */
    public SyncReport syncAndWait(long sourceId, SyncTrigger trigger) {
        CompletableFuture<SyncReport> created = new CompletableFuture<>();
        CompletableFuture<SyncReport> existing = running.putIfAbsent(sourceId, created);
        if (existing == null) {
            runInto(created, sourceId, trigger);
        }
        try {
            return (existing != null ? existing : created).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private void runInto(CompletableFuture<SyncReport> result, long sourceId, SyncTrigger trigger) {
        try {
            permits.acquire();
            try {
                result.complete(pipeline.sync(sourceId, trigger));
            } finally {
                permits.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        } finally {
            running.remove(sourceId, result);
        }
    }
}
