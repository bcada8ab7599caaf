package org.pulseport.app.engine.workouts;

import java.util.Locale;

/** The seed's {@code operation}: create, update or delete. */
public enum SyncOperation {
    CREATE, UPDATE, DELETE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SyncOperation of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
