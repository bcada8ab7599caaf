package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.ConnectionStatus;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport connections list [--profile P]}: every cloud provider's state per profile;
 * {@code pulseport connections upload PROVIDER --profile P on|off}: the upload switch of a workout destination.
 */
@Command(name = "connections", mixinStandardHelpOptions = true, description = "Cloud connections.",
        subcommands = {ConnectionsCommand.ListConnections.class, UploadSwitchCommand.class})
final class ConnectionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The list itself. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show each provider's connection: active, inactive with the reason,"
            + " never synced or the last sync; for workout destinations whether uploads are on.")
    static final class ListConnections implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        private final PulseportCommand root;

        @Option(names = "--profile", paramLabel = "NAME", description = "Only this profile (default: all profiles).")
        private String profileName;

        ListConnections(PulseportCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppSession session = root.sessions().open(root.options())) {
                AppContext context = session.context();
                List<Profile> profiles = profileName == null ? context.profiles().list()
                        : List.of(ProfileOption.require(context.profiles(), profileName));
                if (profiles.isEmpty()) {
                    out.println("No profiles yet: create one with 'pulseport profiles create NAME'.");
                }
                boolean signedIn = false;
                for (Profile profile : profiles) {
                    out.println(profile.name());
                    for (ConnectionStatus status : context.connections().list(profile.id())) {
                        out.printf("  %-14s %-46s %s%n", status.providerId(), status.displayName(), describe(status));
                        signedIn |= status.state() == ConnectionStatus.State.ACTIVE || status.state() == ConnectionStatus.State.INACTIVE;
                    }
                }
                if (signedIn) {
                    out.println("Sign-ins are encrypted with the " + context.connectionKeyStorage() + ".");
                }
                return 0;
            }
        }

        static String describe(ConnectionStatus status) {
            switch (status.state()) {
                case NOT_CONFIGURED:
                    return status.howToConfigure().orElse("not configured");
                case NOT_CONNECTED:
                    return "not connected";
                case ACTIVE:
                    return status.receivesWorkouts()
                            ? "active, receives workouts, upload " + (status.uploadWorkoutsEnabled() ? "on" : "off")
                            : "active, " + status.lastSyncedAt().map(at -> "last sync " + at).orElse("never synced");
                default:
                    return "inactive: " + status.reason().orElse("no reason recorded")
                            + status.lastSyncedAt().map(at -> " (last sync " + at + ")").orElse("");
            }
        }
    }
}
