package org.pulseport.app.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pulseport.app.engine.CloudProvider;
import org.pulseport.app.engine.ConnectionStatus;

/**
 * What the Connections view shows for one provider: its state in words, the detail line (last sync, reason,
 * how to configure) and which actions apply.
 */
public record ConnectionCard(ConnectionStatus status, String state, String detail, String connectLabel,
                             boolean canConnect, boolean canDisconnect, boolean canSync) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** The card of a provider, with times in {@code zone}. */
    public static ConnectionCard of(ConnectionStatus status, ZoneId zone) {
        String lastSync = status.lastSyncedAt().map(at -> "Last sync " + format(at, zone) + ".").orElse("Never synced.");
        switch (status.state()) {
            case NOT_CONFIGURED:
                return new ConnectionCard(status, "Not configured", status.howToConfigure().orElse(""), "Connect",
                        false, false, false);
            case NOT_CONNECTED:
                return new ConnectionCard(status, "Not connected", signInHint(status), "Connect", true, false, false);
            case ACTIVE:
                return new ConnectionCard(status, "Active", lastSync, "Connect", false, true, true);
            default:
                return new ConnectionCard(status, "Inactive", status.reason().orElse("No reason recorded.") + " " + lastSync,
                        "Reconnect", true, true, false);
        }
    }

    public String providerName() {
        return status.displayName();
    }

    private static String signInHint(ConnectionStatus status) {
        return status.signIn() == CloudProvider.SignIn.OAUTH
                ? "Connect opens the sign-in page of " + status.displayName() + " in your browser."
                : "Connect asks for the account's email and password; they are stored encrypted.";
    }

    private static String format(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
