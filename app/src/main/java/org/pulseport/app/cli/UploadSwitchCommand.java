package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.CloudProvider;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport connections upload PROVIDER --profile P on|off}: whether the workout queue's triggers send the
 * profile's workouts to a connected workout destination.
 */
@Command(name = "upload", mixinStandardHelpOptions = true,
        description = "Switch the upload of a profile's workouts to a connected workout destination on or off.")
final class UploadSwitchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Mixin
    private ProviderOfProfile target;

    @Parameters(index = "1", paramLabel = "on|off", description = "on: new and changed workouts are queued for it; off: they are not.")
    private String state;

    UploadSwitchCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        boolean on = parse(state);
        PrintWriter out = spec.commandLine().getOut();
        try (AppSession session = root.sessions().open(root.options())) {
            AppContext context = session.context();
            ProviderOfProfile.Resolved resolved = target.resolve(context);
            Profile profile = resolved.profile();
            CloudProvider provider = resolved.provider();
            if (!provider.receivesWorkouts()) {
                throw new IllegalArgumentException(provider.displayName() + " does not receive workouts. Workout"
                        + " destinations: " + String.join(", ", context.connections().providers().stream()
                        .filter(CloudProvider::receivesWorkouts).map(CloudProvider::id).toList()) + ".");
            }
            if (!context.connections().setUploadEnabled(profile.id(), provider.id(), on)) {
                throw new IllegalStateException(provider.displayName() + " is not connected to " + profile.name()
                        + ": connect it first with 'pulseport connect " + provider.id() + " --profile " + profile.name() + "'.");
            }
            out.printf(on ? "Uploads to %s are on for %s: new and changed workouts are queued for it.%n"
                    : "Uploads to %s are off for %s: workouts are no longer queued for it (operations already queued still run).%n",
                    provider.displayName(), profile.name());
            return 0;
        }
    }

    private static boolean parse(String state) {
        switch (state.strip().toLowerCase(Locale.ROOT)) {
            case "on":
                return true;
            case "off":
                return false;
            default:
                throw new IllegalArgumentException("Say 'on' or 'off', not '" + state + "'.");
        }
    }
}
