package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.pulseport.app.AppContext;
import org.pulseport.app.engine.JobsOverview;
import org.pulseport.app.store.DeadLetterRepository.DeadLetter;
import org.pulseport.app.store.JobRunRepository.JobRun;
import org.pulseport.app.store.JobRunRepository.JobStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pulseport jobs}: job runs, failure rates and dead letters; {@code jobs retry|discard ID}. */
@Command(name = "jobs", description = "Show background job runs, failure rates and dead letters.",
        subcommands = {JobsCommand.Retry.class, JobsCommand.Discard.class})
final class JobsCommand extends SessionCommand {

    private static final String NO_SUCH_DEAD_LETTER = "there is no open dead letter with that number (see 'pulseport jobs').";

    @Option(names = "--days", paramLabel = "N", description = "Failure rates over the last N days (default ${DEFAULT-VALUE}).")
    private int days = 7;

    @Option(names = "--runs", paramLabel = "N", description = "How many recent runs to list (default ${DEFAULT-VALUE}).")
    private int runs = 20;

    JobsCommand(PulseportCommand root) {
        super(root);
    }

    @Override
    int run(AppContext context, PrintWriter out) {
        JobsOverview overview = context.engine().overview(Duration.ofDays(days), runs);
        out.printf("Failure rates, last %d days:%n", days);
        if (overview.stats().isEmpty()) {
            out.println("  no finished runs");
        }
        for (JobStats s : overview.stats()) {
            out.printf("  %-24s %5d runs %5d failed %6.1f %%  last %s%n", s.jobName(), s.runs(), s.failures(),
                    100 * s.failureRate(), s.lastRun());
        }
        out.println("Recent runs:");
        for (JobRun r : overview.recentRuns()) {
            out.printf("  %s  %-24s %-22s attempt %d  %-9s%s%n", r.startedAt(), r.jobName(), r.taskInstance(),
                    r.attempt(), r.status(), r.errorMessage() == null ? "" : "  " + r.errorMessage());
        }
        out.printf("Dead letters (%d):%n", overview.deadLetters().size());
        for (DeadLetter d : overview.deadLetters()) {
            out.printf("  #%d  %s  %s %s  after %d attempts: %s: %s%n", d.id(), d.failedAt(), d.taskName(),
                    d.taskInstance(), d.attempts(), d.errorCode(), d.errorMessage());
        }
        if (!overview.deadLetters().isEmpty()) {
            out.println("Retry one with 'pulseport jobs retry ID' or drop it with 'pulseport jobs discard ID'.");
        }
        return 0;
    }

    @Command(name = "retry", description = "Queue a dead letter's job again (it runs when Pulseport or 'pulseport headless' runs).")
    static final class Retry extends SessionCommand {
        @Parameters(paramLabel = "ID")
        private long id;

        Retry(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return outcome(context.engine().retryDeadLetter(id), "Queued dead letter #" + id + " again.", NO_SUCH_DEAD_LETTER);
        }
    }

    @Command(name = "discard", description = "Drop a dead letter.")
    static final class Discard extends SessionCommand {
        @Parameters(paramLabel = "ID")
        private long id;

        Discard(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return outcome(context.engine().discardDeadLetter(id), "Discarded dead letter #" + id + ".", NO_SUCH_DEAD_LETTER);
        }
    }

}
