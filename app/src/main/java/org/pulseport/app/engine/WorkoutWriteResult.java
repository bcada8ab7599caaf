package org.pulseport.app.engine;

import java.util.Objects;
import org.pulseport.core.error.PulseportError;

/** The outcome of writing a workout to a head unit. */
public sealed interface WorkoutWriteResult {

    /** Written to {@code path} (relative to the unit's volume); the unit loads it when unplugged. */
    record Written(String path) implements WorkoutWriteResult {
        public Written {
            Objects.requireNonNull(path, "path");
        }
    }

    /** Not written; {@code error} is classified for the queue (retryable: try on the next connection). */
    record Failed(PulseportError error) implements WorkoutWriteResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
