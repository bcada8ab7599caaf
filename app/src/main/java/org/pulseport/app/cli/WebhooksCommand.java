package org.pulseport.app.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pulseport.app.AppContext;
import org.pulseport.app.AppSession;
import org.pulseport.app.notify.webhook.DeliveryAttempt;
import org.pulseport.app.notify.webhook.WebhookEndpoint;
import org.pulseport.app.notify.webhook.WebhookEventType;
import org.pulseport.app.notify.webhook.WebhookService;
import org.pulseport.core.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pulseport webhooks add|list|test|deliveries|redeliver}: signed webhook endpoints and their deliveries. */
@Command(name = "webhooks", description = "Manage webhook endpoints and see their deliveries (payloads: docs/webhooks.md).",
        subcommands = {WebhooksCommand.Add.class, WebhooksCommand.List.class, WebhooksCommand.Test.class,
                WebhooksCommand.Deliveries.class, WebhooksCommand.Redeliver.class})
final class WebhooksCommand {

    private static void print(PrintWriter out, DeliveryAttempt a) {
        out.printf("#%d  %s  %-16s attempt %d  %-9s %5d ms  %s%s%n", a.id(), a.attemptedAt().truncatedTo(ChronoUnit.SECONDS),
                a.eventType(), a.attempt(),
                a.status(), a.latencyMs(), a.outcome(), a.nextAttemptAt() == null ? "" : "  next attempt " + a.nextAttemptAt());
    }

    private static int attemptReport(CommandSpec spec, Optional<DeliveryAttempt> attempt, String missing) {
        if (attempt.isEmpty()) {
            spec.commandLine().getErr().println("pulseport: " + missing);
            return 1;
        }
        print(spec.commandLine().getOut(), attempt.get());
        return attempt.get().succeeded() ? 0 : 1;
    }

    @Command(name = "add", description = "Add an endpoint that receives a profile's events, signed with a secret.")
    static final class Add implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        private final PulseportCommand root;
        @Option(names = "--profile", required = true, paramLabel = "NAME", description = "The profile whose events are sent.")
        private String profile;
        @Option(names = "--url", required = true, paramLabel = "URL", description = "Where to POST the events (https://...).")
        private String url;
        @Option(names = "--secret", paramLabel = "SECRET",
                description = "Shared secret for the signature, at least 16 characters (omit to generate one; it is printed once).")
        private String secret;
        @Option(names = "--events", split = ",", paramLabel = "TYPE",
                description = "Event types: sync.completed, anomaly.detected (default: both).")
        private java.util.List<String> events = java.util.List.of();

        Add(PulseportCommand root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
            for (String code : events) {
                types.add(WebhookEventType.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown event type \"" + code + "\": use sync.completed or anomaly.detected.")));
            }
            String shared = secret != null ? secret : WebhookService.newSecret();
            try (AppSession session = root.sessions().open(root.options())) {
                Profile p = ProfileOption.require(session.context().profiles(), profile);
                WebhookEndpoint endpoint = session.context().webhooks().add(p.id(), url, shared, types);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Added webhook #%d for %s: %s (%s).%n", endpoint.id(), p.name(), endpoint.url(), codes(endpoint));
                if (secret == null) {
                    out.println("Secret (shown only now, keep it with the receiver): " + shared);
                }
                out.println("Send a signed test event with: pulseport webhooks test " + endpoint.id());
                return 0;
            }
        }
    }

    @Command(name = "list", description = "List the webhook endpoints.")
    static final class List extends SessionCommand {

        List(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            java.util.List<WebhookEndpoint> all = context.webhooks().list();
            if (all.isEmpty()) {
                out.println("No webhooks yet. Add one with: pulseport webhooks add --profile NAME --url URL");
            }
            for (WebhookEndpoint e : all) {
                String owner = context.profiles().find(e.profileId()).map(Profile::name).orElse("?");
                out.printf("#%d\t%s\t%s\t%s\t%s%n", e.id(), owner, e.url(), codes(e), e.active() ? "active" : "inactive");
            }
            return 0;
        }
    }

    @Command(name = "test", description = "Send a signed ping event to an endpoint now and show the answer.")
    static final class Test extends SessionCommand {
        @Parameters(paramLabel = "ID", description = "The endpoint's number (see 'webhooks list').")
        private long id;

        Test(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return attemptReport(spec, context.webhooks().test(id), "there is no webhook #" + id + " (see 'pulseport webhooks list').");
        }
    }

    @Command(name = "deliveries", description = "Show the newest delivery attempts to an endpoint.")
    static final class Deliveries extends SessionCommand {
        @Parameters(paramLabel = "ID", description = "The endpoint's number (see 'webhooks list').")
        private long id;
        @Option(names = "--limit", paramLabel = "N", description = "How many attempts (default ${DEFAULT-VALUE}).")
        private int limit = 20;

        Deliveries(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            WebhookService webhooks = context.webhooks();
            if (webhooks.find(id).isEmpty()) {
                spec.commandLine().getErr().println("pulseport: there is no webhook #" + id + " (see 'pulseport webhooks list').");
                return 1;
            }
            java.util.List<DeliveryAttempt> attempts = webhooks.deliveries(id, limit);
            if (attempts.isEmpty()) {
                out.println("No deliveries to webhook #" + id + " yet.");
            }
            attempts.forEach(a -> print(out, a));
            return 0;
        }
    }

    @Command(name = "redeliver", description = "Send a delivery's event again now (further attempts are queued if it fails).")
    static final class Redeliver extends SessionCommand {
        @Parameters(paramLabel = "N", description = "The delivery's number (see 'webhooks deliveries ID').")
        private long delivery;

        Redeliver(PulseportCommand root) {
            super(root);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return attemptReport(spec, context.webhooks().redeliver(delivery),
                    "there is no delivery #" + delivery + " to an active webhook (see 'pulseport webhooks deliveries ID').");
        }
    }

    private static String codes(WebhookEndpoint endpoint) {
        return endpoint.events().stream().map(WebhookEventType::code).collect(Collectors.joining(", "));
    }
}
