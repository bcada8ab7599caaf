package org.pulseport.app.store;

/** The outcome of storing an activity. */
public sealed interface ActivityInsert {

    /** Stored with all its laps and streams. */
    record Inserted(long activityId) implements ActivityInsert {
    }

    /** Not stored: the profile already has it ({@code reason} says by which key). */
    record Duplicate(long existingId, String reason) implements ActivityInsert {
    }
}
