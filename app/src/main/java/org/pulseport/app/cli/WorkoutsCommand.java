package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.workouts.BatchReport;
import org.pulseport.app.engine.workouts.FitWorkoutFiles;
import org.pulseport.app.engine.workouts.HeadUnitDestination;
import org.pulseport.app.engine.workouts.StepSyntax;
import org.pulseport.app.engine.workouts.SyncEntity;
import org.pulseport.app.engine.workouts.WorkoutSync;
import org.pulseport.app.store.StoredSchedule;
import org.pulseport.app.store.StoredWorkout;
import org.pulseport.core.model.Profile;
import org.pulseport.core.model.Sport;
import org.pulseport.core.workout.Workout;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulseport workouts}: the workout library, the calendar, upload targets and "Sync now". */
@Command(name = "workouts", description = "Edit workouts and scheduled workouts and push them to training platforms.",
        subcommands = {WorkoutsCommand.ListWorkouts.class, WorkoutsCommand.Create.class, WorkoutsCommand.Schedule.class,
                WorkoutsCommand.Unschedule.class, WorkoutsCommand.Delete.class, WorkoutsCommand.Targets.class,
                WorkoutsCommand.SyncNow.class})
final class WorkoutsCommand {

    /** What {@code workouts} and {@code queue} commands say when an id names nothing. */
    static final String NO_SUCH_ID = "nothing with that id (see 'pulseport workouts list').";

    @Command(name = "list", description = "List a profile's workouts with their sync status per destination.")
    static final class ListWorkouts extends SessionCommand {
        @Option(names = "--profile", required = true, paramLabel = "NAME")
        private String profile;

        ListWorkouts(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            WorkoutSync sync = context.workoutSync();
            Profile p = ProfileOption.require(context.profiles(), profile);
            List<StoredWorkout> library = sync.service().library(p.id());
            List<StoredSchedule> calendar = sync.service().calendar(p.id(), java.time.Instant.EPOCH,
                    java.time.Instant.parse("9999-01-01T00:00:00Z"));
            if (library.isEmpty()) {
                out.println("No workouts yet. Create one with 'pulseport workouts create --profile " + p.name()
                        + " --name NAME --steps \"warmup 10min; 20min @90-95%ftp; cooldown 10min\"'.");
            }
            for (StoredWorkout w : library) {
                out.printf("%s  %-28s %-9s %s%n", w.id(), w.workout().name(), w.workout().sport(),
                        StepSyntax.format(w.workout().steps()));
                sync.monitor().getAllSyncStatuses(SyncEntity.WORKOUT, w.id()).values()
                        .forEach(s -> out.println("    " + s.badge() + " " + s.describe()));
                for (StoredSchedule s : calendar) {
                    if (s.workoutId().equals(w.id())) {
                        out.printf("    scheduled %s at %s%n", s.id(), s.startsAt());
                        sync.monitor().getAllSyncStatuses(SyncEntity.SCHEDULED_WORKOUT, s.id()).values()
                                .forEach(st -> out.println("      " + st.badge() + " " + st.describe()));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "create", description = "Create a workout from the step syntax or a FIT workout file.")
    static final class Create implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        private final PulseportCommand root;
        @Option(names = "--profile", required = true, paramLabel = "NAME")
        private String profile;
        @Option(names = "--name", paramLabel = "TEXT", description = "The workout's name (default: the FIT file's).")
        private String name;
        @Option(names = "--sport", paramLabel = "SPORT", defaultValue = "CYCLING",
                description = "One of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        private Sport sport;
        @ArgGroup(multiplicity = "1")
        private Source source;

        static final class Source {
            @Option(names = "--steps", paramLabel = "STEPS",
                    description = "e.g. \"warmup 10min @50-65%%ftp; 4x(8min @95-105%%ftp, rest 2min); cooldown 10min\"")
            String steps;
            @Option(names = "--fit", paramLabel = "FILE", description = "A FIT workout file.")
            Path fit;
        }

        Create(PulseportCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            Workout workout = source.fit != null ? FitWorkoutFiles.read(source.fit)
                    : new Workout(name == null ? "Workout" : name, sport, StepSyntax.parse(source.steps));
            if (source.fit != null && name != null) {
                workout = new Workout(name, workout.sport(), workout.steps());
            }
            try (AppSession session = root.sessions().open(root.options())) {
                Profile p = ProfileOption.require(session.context().profiles(), profile);
                StoredWorkout stored = session.context().workoutSync().service().create(p.id(), workout);
                spec.commandLine().getOut().printf("Created workout %s \"%s\" (%d steps).%n", stored.id(),
                        workout.name(), workout.flatStepCount());
                return 0;
            }
        }
    }

    @Command(name = "schedule", description = "Put a workout on the calendar.")
    static final class Schedule extends SessionCommand {
        @Parameters(paramLabel = "WORKOUT_ID")
        private UUID workoutId;
        @Option(names = "--at", required = true, paramLabel = "DATE_TIME", description = "Local start, e.g. 2024-03-05T07:00.")
        private LocalDateTime at;
        @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone (default: the profile's).")
        private ZoneId zone;

        Schedule(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            WorkoutSync sync = context.workoutSync();
            StoredWorkout workout = sync.service().find(workoutId).orElseThrow(() ->
                    new IllegalArgumentException("No workout " + workoutId + " (see 'pulseport workouts list')."));
            ZoneId in = zone != null ? zone : context.profiles().find(workout.profileId())
                    .map(Profile::timeZone).orElse(ZoneId.systemDefault());
            StoredSchedule s = sync.service().schedule(workoutId, at.atZone(in));
            out.printf("Scheduled %s on %s (schedule %s).%n", workout.workout().name(),
                    s.startsAt(), s.id());
            return 0;
        }
    }

    @Command(name = "unschedule", description = "Remove a scheduled workout from the calendar.")
    static final class Unschedule extends SessionCommand {
        @Parameters(paramLabel = "SCHEDULE_ID")
        private UUID id;

        Unschedule(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return outcome(context.workoutSync().service().unschedule(id), "Removed scheduled workout " + id + ".", NO_SUCH_ID);
        }
    }

    @Command(name = "delete", description = "Delete a workout and its scheduled workouts (also where they were synced).")
    static final class Delete extends SessionCommand {
        @Parameters(paramLabel = "WORKOUT_ID")
        private UUID id;

        Delete(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return outcome(context.workoutSync().service().delete(id), "Deleted workout " + id + ".", NO_SUCH_ID);
        }
    }

    @Command(name = "targets", description = "Show where a profile's workouts are uploaded, or set its head units.")
    static final class Targets extends SessionCommand {
        @Option(names = "--profile", required = true, paramLabel = "NAME")
        private String profile;
        @Parameters(paramLabel = "PROVIDER", arity = "0..*", description = "Head units to enable (garmin-usb, wahoo-usb); none lists the targets.")
        private List<String> providers;
        @Option(names = "--none", description = "Upload to no destination.")
        private boolean none;

        Targets(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            WorkoutSync sync = context.workoutSync();
            Profile p = ProfileOption.require(context.profiles(), profile);
            if (none || providers != null) {
                LinkedHashSet<String> chosen = new LinkedHashSet<>();
                for (String provider : none ? List.<String>of() : providers) {
                    chosen.add(checkHeadUnit(sync, provider.toLowerCase(Locale.ROOT), p.name()));
                }
                sync.targets().replace(p.id(), chosen);
            }
            out.println("Uploads of " + p.name() + ": " + String.join(", ", sync.uploadsOf(p.id())));
            out.println("Head units: " + String.join(", ", headUnits(sync)) + "; cloud destinations are enabled"
                    + " by connecting them ('pulseport connect PROVIDER') and 'pulseport connections upload PROVIDER on|off'.");
            return 0;
        }
    }

    private static List<String> headUnits(WorkoutSync sync) {
        return sync.destinations().ids().stream().filter(HeadUnitDestination::isHeadUnit).toList();
    }

    /** Returns {@code provider} when it names a head unit; says what to do otherwise. */
    private static String checkHeadUnit(WorkoutSync sync, String provider, String profileName) {
        if (sync.destinations().find(provider).isEmpty()) {
            throw new IllegalArgumentException("Unknown destination '" + provider + "'. Known: "
                    + String.join(", ", sync.destinations().ids()));
        }
        if (!HeadUnitDestination.isHeadUnit(provider)) {
            throw new IllegalArgumentException(provider + " is a cloud destination: connect it with 'pulseport connect "
                    + provider + " --profile " + profileName + "', then switch its uploads with 'pulseport connections"
                    + " upload " + provider + " --profile " + profileName + " on'. Head units here: " + String.join(", ", headUnits(sync)));
        }
        return provider;
    }

    @Command(name = "sync", description = "Sync now: push every due queued change.")
    static final class SyncNow extends SessionCommand {

        SyncNow(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            BatchReport r = context.workoutSync().syncNow();
            out.printf("Batch sync complete: %d operations (%d succeeded, %d failed)%s%n",
                    r.operations(), r.succeeded(), r.failed(), r.waiting() > 0 ? ", " + r.waiting() + " waiting for a head unit" : "");
            return r.failed() == 0 ? 0 : 1;
        }
    }

}
