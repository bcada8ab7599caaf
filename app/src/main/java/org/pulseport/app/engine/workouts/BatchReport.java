package org.pulseport.app.engine.workouts;

/** What one batch did: operations attempted, of which succeeded and failed, and entries waiting for a head unit. */
public record BatchReport(int operations, int succeeded, int failed, int waiting) {

    BatchReport plus(BatchReport other) {
        return new BatchReport(operations + other.operations, succeeded + other.succeeded, failed + other.failed,
                waiting + other.waiting);
    }
}
