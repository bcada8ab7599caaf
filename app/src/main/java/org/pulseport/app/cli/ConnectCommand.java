package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.engine.CloudProvider;
import org.pulseport.app.engine.SyncTrigger;
import org.pulseport.core.model.Profile;
import org.pulseport.providers.oauth.BrowserLauncher;
import org.pulseport.providers.oauth.SystemBrowser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport connect PROVIDER --profile P}: signs in to a cloud account and stores the (encrypted) sign-in.
 * A data source's first sync is then queued, or run with {@code --sync-now}; a workout destination starts
 * receiving the profile's workouts (uploads on).
 */
@Command(name = "connect", mixinStandardHelpOptions = true, description = "Connect a cloud account to a profile: a data"
        + " source (oura, whoop, dexcom, librelinkup) or a workout destination (wahoo, trainingpeaks, garmin).")
final class ConnectCommand implements Callable<Integer> {

    static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Mixin
    private ProviderOfProfile target;

    @Option(names = "--no-browser", description = "Only print the sign-in address; do not open a browser.")
    private boolean noBrowser;

    @Option(names = "--email", paramLabel = "EMAIL",
            description = "LibreLinkUp: the account's email; the password is then read from the terminal or standard input.")
    private String email;

    @Option(names = "--sync-now", description = "Run the first sync now instead of queueing it.")
    private boolean syncNow;

    ConnectCommand(PulseportCommand root) {
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
            long sourceId = provider.signIn() == CloudProvider.SignIn.OAUTH
                    ? connectInBrowser(context, profile, provider, out)
                    : connectWithPassword(context, profile, provider, out);
            out.printf("Connected %s to %s.%n", provider.displayName(), profile.name());
            if (provider.receivesWorkouts()) {
                out.printf("%s receives %s's workouts: new and changed workouts are uploaded (switch off with"
                        + " 'pulseport connections upload %s --profile %s off').%n", provider.displayName(),
                        profile.name(), provider.id(), profile.name());
                return 0;
            }
            if (syncNow) {
                return SyncCommand.syncOne(context, profile, context.sources().findById(sourceId).orElseThrow(), out) ? 0 : 1;
            }
            context.engine().enqueueSync(sourceId);
            out.printf("The first sync is queued: it runs while Pulseport or 'pulseport headless' is running,"
                    + " or now with 'pulseport sync --profile %s --source %s'.%n", profile.name(), provider.id());
            return 0;
        }
    }

    private long connectInBrowser(AppContext context, Profile profile, CloudProvider provider, PrintWriter out) {
        BrowserLauncher opener = noBrowser ? url -> {
            out.println("Open this address in your browser to sign in to " + provider.displayName() + ":");
            out.println(url);
        } : new SystemBrowser(System.out);
        BrowserLauncher browser = url -> {
            opener.open(url);
            out.printf("Waiting up to %d minutes for the sign-in to complete...%n", SIGN_IN_TIMEOUT.toMinutes());
            out.flush();
        };
        return context.connections().connectOAuth(profile.id(), provider, browser, SIGN_IN_TIMEOUT);
    }

    private long connectWithPassword(AppContext context, Profile profile, CloudProvider provider, PrintWriter out) {
        if (provider.unofficial()) {
            out.println(provider.displayName() + ": this service has no published API; Pulseport speaks its app's"
                    + " protocol, which may change without notice.");
        }
        SecretPrompt prompt = SecretPrompt.system(out);
        String account = email != null ? email : prompt.line("Email: ");
        String password = prompt.secret("Password: ");
        return context.connections().connectPassword(profile.id(), provider, account, password);
    }
}
