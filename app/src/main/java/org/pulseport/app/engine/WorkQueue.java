package org.pulseport.app.engine;

/**
 * The engine's work queues and their concurrency, as the sync pipeline design specifies.
 */
public enum WorkQueue {
    SYNC("sync", 5),
    WEBHOOKS("webhooks", 10),
    ANALYTICS("analytics", 3),
    REPORTS("reports", 2),
    NOTIFICATIONS("notifications", 8);

    private final String id;
    private final int concurrency;

    WorkQueue(String id, int concurrency) {
        this.id = id;
        this.concurrency = concurrency;
    }

    public String id() {
        return id;
    }

    public int concurrency() {
        return concurrency;
    }
}
