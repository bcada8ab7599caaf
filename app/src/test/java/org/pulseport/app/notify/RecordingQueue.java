package org.pulseport.app.notify;

import java.util.ArrayList;
import java.util.List;

/** A {@link JobQueue} that only records what was queued, for the test to run by hand. */
public final class RecordingQueue implements JobQueue {

    /** One queued job. */
    public record Queued(String taskName, String instance, String data) {
    }

    public final List<Queued> queued = new ArrayList<>();

    @Override
    public synchronized boolean enqueue(String taskName, String instance, String data) {
        queued.add(new Queued(taskName, instance, data));
        return true;
    }
}
