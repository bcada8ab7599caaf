package org.pulseport.app.engine.workouts;

/** What a queue entry is about, with the seed's {@code entity_type} codes. */
public enum SyncEntity {
    WORKOUT("workout"),
    SCHEDULED_WORKOUT("workout_scheduled");

    private final String code;

    SyncEntity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SyncEntity of(String code) {
        for (SyncEntity entity : values()) {
            if (entity.code.equals(code)) {
                return entity;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + code + "'; use workout or workout_scheduled");
    }
}
