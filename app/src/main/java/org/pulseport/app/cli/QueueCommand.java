package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.pulseport.app.AppContext;
import org.pulseport.app.engine.workouts.WorkoutSyncMonitor;
import org.pulseport.app.store.QueueEntry;
import org.pulseport.app.store.QueueMonitoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pulseport queue}: the workout sync queue's four monitoring views, and retry/discard of failed entries. */
@Command(name = "queue", description = "Monitor the workout sync queue.",
        subcommands = {QueueCommand.Status.class, QueueCommand.Errors.class, QueueCommand.Failed.class,
                QueueCommand.Rates.class, QueueCommand.Retry.class, QueueCommand.Discard.class})
final class QueueCommand {

    /** A monitoring view, of every profile's operations or, with {@code --profile}, of one profile's. */
    abstract static class ScopedView extends SessionCommand {
        @Option(names = "--profile", paramLabel = "NAME", description = "Only this profile's operations (default: every profile).")
        private String profile;

        ScopedView(PulseportCommand root) {
            super(root);
        }

        @Override
        final int run(AppContext context, PrintWriter out) {
            OptionalLong scope = profile == null ? OptionalLong.empty()
                    : OptionalLong.of(ProfileOption.require(context.profiles(), profile).id());
            return show(context.workoutSync().monitor(), scope, out);
        }

        abstract int show(WorkoutSyncMonitor monitor, OptionalLong scope, PrintWriter out);
    }

    @Command(name = "status", description = "Pending operations by provider, operation and entity type.")
    static final class Status extends ScopedView {
        Status(PulseportCommand root) {
            super(root);
        }

        @Override
        int show(WorkoutSyncMonitor monitor, OptionalLong scope, PrintWriter out) {
            List<QueueMonitoring.PendingCount> rows = monitor.pending(scope);
            out.printf("%-16s %-10s %-18s %8s%n", "provider", "operation", "entity_type", "pending");
            rows.forEach(r -> out.printf("%-16s %-10s %-18s %8d%n", r.provider(), r.operation(), r.entityType(), r.pending()));
            if (rows.isEmpty()) {
                out.println("Nothing pending.");
            }
            return 0;
        }
    }

    @Command(name = "errors", description = "Error types of pending (retrying) operations.")
    static final class Errors extends ScopedView {
        Errors(PulseportCommand root) {
            super(root);
        }

        @Override
        int show(WorkoutSyncMonitor monitor, OptionalLong scope, PrintWriter out) {
            out.printf("%-18s %8s%n", "error_type", "count");
            monitor.errorPatterns(scope).forEach(r -> out.printf("%-18s %8d%n", r.errorType(), r.count()));
            return 0;
        }
    }

    @Command(name = "failed", description = "Failed operations, newest first (retry_count 3 = retries used up).")
    static final class Failed extends ScopedView {
        @Option(names = "--limit", defaultValue = "10", paramLabel = "N")
        private int limit;

        Failed(PulseportCommand root) {
            super(root);
        }

        @Override
        int show(WorkoutSyncMonitor monitor, OptionalLong scope, PrintWriter out) {
            List<QueueEntry> failed = monitor.failed(scope, limit);
            for (QueueEntry e : failed) {
                out.printf("%s  %s  %-14s %-17s %s %-6s retries %d  %s: %s%n", e.id(), e.createdAt(), e.provider(),
                        e.entityType(), e.entityId(), e.operation(), e.retryCount(), e.errorType(), e.errorMessage());
            }
            out.println(failed.isEmpty() ? "No failed operations."
                    : "Retry one with 'pulseport queue retry ID' or drop it with 'pulseport queue discard ID'.");
            return 0;
        }
    }

    @Command(name = "rates", description = "Success rate per provider over the last 24 hours.")
    static final class Rates extends ScopedView {
        Rates(PulseportCommand root) {
            super(root);
        }

        @Override
        int show(WorkoutSyncMonitor monitor, OptionalLong scope, PrintWriter out) {
            out.printf("%-16s %8s %10s %13s%n", "provider", "total", "succeeded", "success_rate");
            monitor.successRates(scope).forEach(r -> out.printf("%-16s %8d %10d %12.2f%%%n", r.provider(), r.total(),
                    r.succeeded(), r.successRate()));
            return 0;
        }
    }

    @Command(name = "retry", description = "Queue a failed operation again with a fresh retry budget.")
    static final class Retry extends SessionCommand {
        @Parameters(paramLabel = "ID")
        private UUID id;

        Retry(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return outcome(context.workoutSync().monitor().retry(id), "Queued " + id + " again; it runs with the next batch.",
                    WorkoutsCommand.NO_SUCH_ID);
        }
    }

    @Command(name = "discard", description = "Drop a failed operation.")
    static final class Discard extends SessionCommand {
        @Parameters(paramLabel = "ID")
        private UUID id;

        Discard(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return outcome(context.workoutSync().monitor().discard(id), "Discarded " + id + ".", WorkoutsCommand.NO_SUCH_ID);
        }
    }
}
