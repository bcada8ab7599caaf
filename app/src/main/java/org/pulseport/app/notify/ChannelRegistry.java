package org.pulseport.app.notify;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.app.store.NotificationStateRepository;

/** The channel implementation for each {@link ChannelKind}. */
public final class ChannelRegistry {

    private final Map<ChannelKind, NotificationChannel> channels = new EnumMap<>(ChannelKind.class);

    public ChannelRegistry(List<NotificationChannel> channels) {
        channels.forEach(c -> this.channels.put(c.kind(), c));
    }

    /** Every kind, as the app ships them. */
    public static ChannelRegistry standard(HttpPoster http, NotificationStateRepository state, DesktopNotifier desktop,
                                           Clock clock) {
        InAppChannel inApp = new InAppChannel(state, clock);
        return new ChannelRegistry(List.of(inApp, new DesktopChannel(desktop, inApp), new EmailChannel(clock),
                new HttpChannel(ChannelKind.SLACK, new SlackFormat(), http),
                new HttpChannel(ChannelKind.DISCORD, new DiscordFormat(), http),
                new HttpChannel(ChannelKind.TEAMS, new TeamsFormat(), http),
                new HttpChannel(ChannelKind.NTFY, new NtfyFormat(), http),
                new HttpChannel(ChannelKind.WEBHOOK, new GenericWebhookFormat(clock), http)));
    }

    public Optional<NotificationChannel> find(ChannelKind kind) {
        return Optional.ofNullable(channels.get(kind));
    }
}
