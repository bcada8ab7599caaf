package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pulseport.app.AppSession;
import org.pulseport.app.AppContext;
import org.pulseport.app.engine.SyncReport;
import org.pulseport.app.engine.SyncTrigger;
import org.pulseport.app.store.SourceEntity;
import org.pulseport.core.error.PulseportException;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport sync [--profile P] [--source NAME]}: syncs now and prints what each source brought in. Devices
 * are not synced: they are imported when plugged in ({@code pulseport import-device}). Connections to workout
 * destinations are not data sources and are left out.
 */
@Command(name = "sync", description = "Sync now: fetch new data from every active source (or the ones named).")
final class SyncCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    @Option(names = "--profile", paramLabel = "NAME", description = "Only this profile (default: all profiles).")
    private String profileName;

    @Option(names = "--source", paramLabel = "NAME", description = "Only sources of this connector (e.g. oura, dexcom, sandbox) or with this name.")
    private String sourceName;

    SyncCommand(PulseportCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppSession session = root.sessions().open(root.options())) {
            AppContext context = session.context();
            List<Profile> profiles = profileName == null ? context.profiles().list()
                    : List.of(ProfileOption.require(context.profiles(), profileName));
            int failures = 0;
            int synced = 0;
            for (Profile profile : profiles) {
                for (SourceEntity source : context.engine().dataSources(profile.id())) {
                    if (matches(source)) {
                        synced++;
                        failures += syncOne(context, profile, source, out) ? 0 : 1;
                    }
                }
            }
            if (synced == 0) {
                out.println("Nothing to sync: no " + (sourceName == null ? "" : "'" + sourceName + "' ")
                        + "sources" + (profileName == null ? "" : " for " + profileName) + ".");
                return 0;
            }
            out.printf("Daily statistics: %d day rows updated.%n", context.engine().aggregateAndAnalyzeNow());
            return failures == 0 ? 0 : 1;
        }
    }

    private boolean matches(SourceEntity source) {
        return sourceName == null || source.getConnectorId().equalsIgnoreCase(sourceName)
                || source.getDisplayName().toLowerCase(Locale.ROOT).contains(sourceName.toLowerCase(Locale.ROOT));
    }

    static boolean syncOne(AppContext context, Profile profile, SourceEntity source, PrintWriter out) {
        String label = profile.name() + " / " + source.getDisplayName();
        try {
            SyncReport report = context.engine().syncAndWait(source.getId(), SyncTrigger.MANUAL);
            switch (report.outcome()) {
                case COMPLETED:
                    out.printf("%s: %,d new, %,d already stored, %,d rejected (%s to %s)%n", label,
                            report.counts().inserted(), report.counts().duplicates(), report.counts().rejected(),
                            report.window().from(), report.window().to());
                    return true;
                case DEACTIVATED:
                    out.printf("%s: signed out: %s%n", label, report.message());
                    return false;
                default:
                    out.printf("%s: skipped (%s)%n", label, report.message());
                    return true;
            }
        } catch (PulseportException e) {
            out.printf("%s: failed: %s (%s)%n", label, e.error().userMessage(), e.error().detail());
            return false;
        }
    }
}
