package org.pulseport.providers.oura;

/**
 * The Oura API v2 user collections Pulseport reads, with the OAuth scope each needs and whether it is queried
 * by calendar date ({@code start_date}/{@code end_date}) or by instant ({@code start_datetime}/{@code end_datetime}).
 */
public enum OuraCollection {
    DAILY_SLEEP("daily_sleep", "daily", false),
    SLEEP("sleep", "daily", false),
    DAILY_ACTIVITY("daily_activity", "daily", false),
    DAILY_READINESS("daily_readiness", "daily", false),
    DAILY_SPO2("daily_spo2", "spo2Daily", false),
    HEARTRATE("heartrate", "heartrate", true),
    WORKOUT("workout", "workout", false);

    private final String path;
    private final String scope;
    private final boolean queriedByInstant;

    OuraCollection(String path, String scope, boolean queriedByInstant) {
        this.path = path;
        this.scope = scope;
        this.queriedByInstant = queriedByInstant;
    }

    /** The last path segment under {@code /v2/usercollection/}. */
    public String path() {
        return path;
    }

    /** The OAuth scope the user must have granted to read this collection. */
    public String scope() {
        return scope;
    }

    public boolean queriedByInstant() {
        return queriedByInstant;
    }
}
