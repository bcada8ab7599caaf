package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.CloudProvider;
import org.pulseport.app.engine.Disconnection;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pulseport disconnect PROVIDER --profile P}: revokes where possible and deletes the stored sign-in. */
@Command(name = "disconnect", mixinStandardHelpOptions = true, description = "Disconnect a cloud account: revoke its access and delete the stored sign-in."
        + " Readings already synced stay.")
final class DisconnectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Mixin
    private ProviderOfProfile target;

    DisconnectCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppSession session = root.sessions().open(root.options())) {
            AppContext context = session.context();
            ProviderOfProfile.Resolved resolved = target.resolve(context);
            Profile profile = resolved.profile();
            CloudProvider provider = resolved.provider();
            Disconnection result = context.connections().disconnect(profile.id(), provider);
            String name = provider.displayName();
            switch (result.revocation()) {
                case NOT_CONNECTED:
                    out.printf("%s is not connected to %s; nothing to do.%n", name, profile.name());
                    return 0;
                case REVOKED:
                    out.printf("Disconnected %s from %s: access revoked at the provider, stored sign-in deleted.%n",
                            name, profile.name());
                    break;
                case NOT_OFFERED:
                    out.printf("Disconnected %s from %s: stored sign-in deleted. The provider offers apps no way to"
                            + " revoke access: remove Pulseport in your account's settings there.%n", name, profile.name());
                    break;
                default:
                    out.printf("Disconnected %s from %s: stored sign-in deleted, but revoking access at the provider"
                            + " failed (%s): remove Pulseport in your account's settings there.%n", name,
                            profile.name(), result.problem());
                    break;
            }
            if (provider.receivesWorkouts()) {
                out.printf("Workouts are no longer uploaded to %s. 'pulseport connect %s --profile %s' resumes uploads.%n",
                        name, provider.id(), profile.name());
            } else {
                out.printf("Readings already synced stay. 'pulseport connect %s --profile %s' resumes syncing.%n",
                        provider.id(), profile.name());
            }
            return 0;
        }
    }
}
