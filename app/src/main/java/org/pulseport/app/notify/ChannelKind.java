package org.pulseport.app.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of notification channel, with the configuration keys each needs. */
public enum ChannelKind {
    /** The app's own notification list; needs nothing, and is the one channel quiet hours leave on. */
    IN_APP("in_app", "In the app", List.of()),
    /** A desktop notification (system tray); the app's list where the desktop has no tray. */
    DESKTOP("desktop", "Desktop notification", List.of()),
    /** An e-mail over SMTP: host, port, from, to; optional username, password, security (starttls, ssl, none). */
    EMAIL("email", "E-mail", List.of("host", "port", "from", "to")),
    /** A Slack incoming webhook URL. */
    SLACK("slack", "Slack", List.of("url")),
    /** A Discord channel webhook URL. */
    DISCORD("discord", "Discord", List.of("url")),
    /** A Microsoft Teams incoming webhook (Workflows) URL. */
    TEAMS("teams", "Microsoft Teams", List.of("url")),
    /** An ntfy topic; optional server (default https://ntfy.sh) and access token. */
    NTFY("ntfy", "ntfy", List.of("topic")),
    /** Any URL receiving Pulseport's notification JSON; optional secret to sign it. */
    WEBHOOK("webhook", "Webhook", List.of("url"));

    private final String code;
    private final String label;
    private final List<String> requiredKeys;

    ChannelKind(String code, String label, List<String> requiredKeys) {
        this.code = code;
        this.label = label;
        this.requiredKeys = requiredKeys;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public List<String> requiredKeys() {
        return requiredKeys;
    }

    /** Whether it reaches the user silently, so quiet hours need not hold it back. */
    public boolean silent() {
        return this == IN_APP;
    }

    public static Optional<ChannelKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
