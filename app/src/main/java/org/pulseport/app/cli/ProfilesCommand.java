package org.pulseport.app.cli;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.ProfileCreation;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulseport profiles list|create NAME|delete NAME}. */
@Command(name = "profiles", description = "List, create or delete profiles.",
        subcommands = {ProfilesCommand.List.class, ProfilesCommand.Create.class, ProfileDeleteCommand.class})
final class ProfilesCommand {

    @Command(name = "list", description = "List all profiles.")
    static final class List implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        private final PulseportCommand root;

        List(PulseportCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (AppSession session = root.sessions().open(root.options())) {
                java.util.List<Profile> profiles = session.context().profiles().list();
                if (profiles.isEmpty()) {
                    spec.commandLine().getOut().println("No profiles yet. Create one with: pulseport profiles create NAME");
                }
                for (Profile p : profiles) {
                    spec.commandLine().getOut().printf("%s\t%s%n", p.name(), p.timeZone().getId());
                }
                return 0;
            }
        }
    }

    @Command(name = "create", description = "Create a profile.")
    static final class Create implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        private final PulseportCommand root;

        @Parameters(paramLabel = "NAME", description = "The profile's name, e.g. a person's first name.")
        private String name;

        @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone for local days (default: this computer's, ${DEFAULT-VALUE}).")
        private ZoneId zone = ZoneId.systemDefault();

        Create(PulseportCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (AppSession session = root.sessions().open(root.options())) {
                ProfileCreation result = session.context().profiles().create(name, zone);
                if (result instanceof ProfileCreation.Created created) {
                    spec.commandLine().getOut().printf("Created profile %s (%s)%n", created.profile().name(),
                            created.profile().timeZone().getId());
                    return 0;
                }
                spec.commandLine().getErr().println("pulseport: " + ((ProfileCreation.Rejected) result).reason());
                return 1;
            }
        }
    }
}
