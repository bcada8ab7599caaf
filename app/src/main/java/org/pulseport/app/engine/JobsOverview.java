package org.pulseport.app.engine;

import java.util.List;
import org.pulseport.app.store.DeadLetterRepository.DeadLetter;
import org.pulseport.app.store.JobRunRepository.JobRun;
import org.pulseport.app.store.JobRunRepository.JobStats;

/** What the Jobs view and {@code pulseport jobs} show: recent runs, failure rates, open dead letters. */
public record JobsOverview(List<JobStats> stats, List<JobRun> recentRuns, List<DeadLetter> deadLetters) {
}
