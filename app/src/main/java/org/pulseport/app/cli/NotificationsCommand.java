package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.pulseport.app.AppSession;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.notify.ChannelKind;
import org.pulseport.app.notify.ChannelResult;
import org.pulseport.app.notify.ChannelSummary;
import org.pulseport.app.notify.LogLine;
import org.pulseport.app.notify.NotificationService;
import org.pulseport.app.notify.QuietHours;
import org.pulseport.app.notify.RuleSummary;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pulseport notifications ...}: a profile's notification channels, rules, quiet hours and log
 * (docs/webhooks.md, "Notifications").
 */
@Command(name = "notifications", description = "Set up where a profile's alerts go and see what was sent.")
final class NotificationsCommand {

    @Spec
    private CommandSpec spec;
    private final PulseportCommand root;

    NotificationsCommand(PulseportCommand root) {
        this.root = root;
    }

    @Command(name = "channels", description = "List a profile's channels.")
    int channels(@Option(names = "--profile", required = true, paramLabel = "NAME") String profile) {
        return forProfile(profile, (service, p) -> {
            List<ChannelSummary> channels = service.channels(p.id());
            if (channels.isEmpty()) {
                out().println("No channels yet. Add one with: pulseport notifications add-channel --profile " + p.name() + " --kind in_app");
            }
            channels.forEach(c -> out().printf("#%d\t%s\t%s%n", c.id(), c.kind().code(), c.name()));
            return 0;
        });
    }

    @Command(name = "add-channel", description = "Add a channel: in_app, desktop, email, slack, discord, teams, ntfy or webhook.")
    int addChannel(@Option(names = "--profile", required = true, paramLabel = "NAME") String profile,
                   @Option(names = "--kind", required = true, paramLabel = "KIND") String kind,
                   @Option(names = "--name", paramLabel = "NAME", description = "A name to recognise it by.") String name,
                   @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A setting, e.g. url=https://…, topic=…, host=….")
                   Map<String, String> settings) {
        ChannelKind channelKind = ChannelKind.fromCode(kind).orElseThrow(() -> new IllegalArgumentException(
                "Unknown channel kind \"" + kind + "\": use in_app, desktop, email, slack, discord, teams, ntfy or webhook."));
        Map<String, String> values = settings == null ? Map.of() : new LinkedHashMap<>(settings);
        return forProfile(profile, (service, p) -> {
            ChannelSummary added = service.addChannel(p.id(), channelKind, name, values);
            out().printf("Added channel #%d %s. Try it with: pulseport notifications test %d%n", added.id(), added, added.id());
            return 0;
        });
    }

    @Command(name = "rules", description = "List a profile's rules.")
    int rules(@Option(names = "--profile", required = true, paramLabel = "NAME") String profile) {
        return forProfile(profile, (service, p) -> {
            List<RuleSummary> rules = service.rules(p.id());
            if (rules.isEmpty()) {
                out().println("No rules yet: no alert is sent anywhere.");
            }
            rules.forEach(r -> out().printf("#%d\t%s\tchannels %s%n", r.id(), r.describe(), r.channelIds()));
            return 0;
        });
    }

    @Command(name = "add-rule", description = "Send alerts of a category (default: all) at or above a severity to channels.")
    int addRule(@Option(names = "--profile", required = true, paramLabel = "NAME") String profile,
                @Option(names = "--category", paramLabel = "CATEGORY", description = "${COMPLETION-CANDIDATES}") AnomalyCategory category,
                @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "WARNING",
                        description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})") AnomalySeverity severity,
                @Option(names = "--channel", required = true, split = ",", paramLabel = "ID") Set<Long> channels) {
        return forProfile(profile, (service, p) -> {
            RuleSummary rule = service.addRule(p.id(), category, severity, channels);
            out().printf("Added rule #%d: %s.%n", rule.id(), rule.describe());
            return 0;
        });
    }

    @Command(name = "quiet", description = "Set quiet hours (local time of the profile), or switch them off.")
    int quiet(@Option(names = "--profile", required = true, paramLabel = "NAME") String profile,
              @Option(names = "--from", paramLabel = "HH:MM") LocalTime from,
              @Option(names = "--to", paramLabel = "HH:MM") LocalTime to,
              @Option(names = "--off") boolean off) {
        if (!off && (from == null || to == null)) {
            throw new IllegalArgumentException("Give --from and --to (e.g. --from 22:00 --to 07:00), or --off.");
        }
        Optional<QuietHours> hours = off ? Optional.empty() : Optional.of(new QuietHours(from, to));
        return forProfile(profile, (service, p) -> {
            service.setQuietHours(p.id(), hours);
            out().println(hours.map(h -> "Quiet hours " + h + ": only urgent alerts and the app's list get through.")
                    .orElse("Quiet hours are off."));
            return 0;
        });
    }

    @Command(name = "test", description = "Send a test notification on one channel now.")
    int test(@Parameters(paramLabel = "ID", description = "The channel's number (see 'notifications channels').") long channel) {
        try (AppSession session = root.sessions().open(root.options())) {
            Optional<ChannelResult> result = session.context().notifications().sendTest(channel);
            if (result.isEmpty()) {
                spec.commandLine().getErr().println("pulseport: there is no channel #" + channel + ".");
                return 1;
            }
            if (result.get() instanceof ChannelResult.Failed failed) {
                out().println("Failed: " + failed.error());
                return 1;
            }
            out().println("Sent a test notification on channel #" + channel + ".");
            return 0;
        }
    }

    @Command(name = "log", description = "Show the newest notification sends, failures, holds and merges.")
    int log(@Option(names = "--profile", required = true, paramLabel = "NAME") String profile,
            @Option(names = "--limit", paramLabel = "N", defaultValue = "20") int limit) {
        return forProfile(profile, (service, p) -> {
            List<LogLine> lines = service.log(p.id(), limit);
            if (lines.isEmpty()) {
                out().println("Nothing sent yet.");
            }
            lines.forEach(l -> out().printf("%s  %-40s %-16s %s%s%n", l.at(), l.title(), l.channel(), l.status(),
                    l.error() == null ? "" : ": " + l.error()));
            return 0;
        });
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private int forProfile(String name, BiFunction<NotificationService, Profile, Integer> work) {
        try (AppSession session = root.sessions().open(root.options())) {
            Profile p = ProfileOption.require(session.context().profiles(), name);
            return work.apply(session.context().notifications(), p);
        }
    }
}
