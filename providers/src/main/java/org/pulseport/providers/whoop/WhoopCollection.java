package org.pulseport.providers.whoop;

/**
 * The WHOOP API v2 collections Pulseport reads, with their path under the API base URL and the OAuth scope
 * each needs. All are paged with {@code limit} (at most 25), {@code start}, {@code end} and {@code nextToken}.
 */
public enum WhoopCollection {
    CYCLE("v2/cycle", "read:cycles"),
    RECOVERY("v2/recovery", "read:recovery"),
    SLEEP("v2/activity/sleep", "read:sleep"),
    WORKOUT("v2/activity/workout", "read:workout");

    private final String path;
    private final String scope;

    WhoopCollection(String path, String scope) {
        this.path = path;
        this.scope = scope;
    }

    public String path() {
        return path;
    }

    public String scope() {
        return scope;
    }
}
