package org.pulseport.app.engine;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.pulseport.app.store.JobRunRepository;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every job run: records it in the job-run history (status, duration, error) and remembers which jobs are
 * executing in this process, so a run that looks dead only because the computer slept is not started twice.
 */
public final class JobRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(JobRecorder.class);

    private final JobRunRepository runs;
    private final Clock clock;
    private final Set<String> executingHere = ConcurrentHashMap.newKeySet();

    public JobRecorder(JobRunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    /** Runs the work as one recorded run of {@code jobName}; rethrows its failure after recording it. */
    public <T> T record(String jobName, String queue, String instance, int attempt, Callable<T> work) throws Exception {
        String key = jobName + "/" + instance;
        long runId = runs.started(jobName, queue, instance, attempt, clock.instant());
        executingHere.add(key);
        LOG.info("job start run={} job={} instance={} attempt={}", runId, jobName, instance, attempt);
        try {
            T result = work.call();
            String status = result instanceof TaskOutcome.RunAgainAfter ? "deferred" : "succeeded";
            runs.finished(runId, clock.instant(), status, null,
                    result instanceof TaskOutcome.RunAgainAfter again ? again.reason() : null);
            LOG.info("job {} run={} job={} instance={}", status, runId, jobName, instance);
            return result;
        } catch (Exception e) {
            PulseportError error = e instanceof PulseportException p ? p.error() : new PulseportError.UnexpectedError(e.toString());
            runs.finished(runId, clock.instant(), "failed", error.code(), error.detail());
            LOG.warn("job failed run={} job={} instance={} error={}: {}", runId, jobName, instance, error.code(), error.detail());
            throw e;
        } finally {
            executingHere.remove(key);
        }
    }

    /** Whether this process is running the job instance right now. */
    public boolean isExecutingHere(String jobName, String instance) {
        return executingHere.contains(jobName + "/" + instance);
    }
}
