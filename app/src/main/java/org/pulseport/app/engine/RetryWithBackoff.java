package org.pulseport.app.engine;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * Retries a failed job {@code maxRetries} times, waiting {@code firstDelay} and doubling it each time
 * (5 s, 10 s, 20 s), then hands it to {@code giveUp}, which decides what happens to it (dead letter and
 * removal for queued jobs; dead letter and the next regular time for recurring ones).
 */
final class RetryWithBackoff<T> implements FailureHandler<T> {

    private final int maxRetries;
    private final Duration firstDelay;
    private final BiConsumer<ExecutionComplete, ExecutionOperations<T>> giveUp;

    RetryWithBackoff(int maxRetries, Duration firstDelay, BiConsumer<ExecutionComplete, ExecutionOperations<T>> giveUp) {
        this.maxRetries = maxRetries;
        this.firstDelay = firstDelay;
        this.giveUp = giveUp;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        int attempt = complete.getExecution().consecutiveFailures + 1;
        if (attempt > maxRetries) {
            giveUp.accept(complete, operations);
            return;
        }
        Duration delay = firstDelay.multipliedBy(1L << (attempt - 1));
        operations.reschedule(complete, complete.getTimeDone().plus(delay));
    }
}
