package org.pulseport.app.engine;

import java.time.Duration;

/** How a queued task's run ended when it did not fail. */
public sealed interface TaskOutcome {

    /** Done; the task leaves the queue. */
    record Done() implements TaskOutcome {
    }

    /** Not done yet, but not a failure (rate limited, or waiting for other jobs): run again after the delay. */
    record RunAgainAfter(Duration delay, String reason) implements TaskOutcome {
    }

    static TaskOutcome done() {
        return new Done();
    }
}
