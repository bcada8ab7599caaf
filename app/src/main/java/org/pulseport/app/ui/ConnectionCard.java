package org.pulseport.app.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pulseport.app.engine.CloudProvider;
import org.pulseport.app.engine.ConnectionStatus;

/**
 * What the Connections view shows for one provider: its state in words, what it is for, the detail line (last
 * sync, reason, how to configure) and which actions apply. Workout destinations are never synced; once
 * connected they carry the "Upload workouts" switch.
 */
public record ConnectionCard(ConnectionStatus status, String state, String purpose, String detail, String connectLabel,
                             boolean canConnect, boolean canDisconnect, boolean canSync, boolean canSwitchUpload) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** The card of a provider, with times in {@code zone}. */
    public static ConnectionCard of(ConnectionStatus status, ZoneId zone) {
        boolean destination = status.receivesWorkouts();
        String purpose = destination ? "Receives workouts" : "Brings in readings";
        String connected = destination ? uploads(status) : status.lastSyncedAt()
                .map(at -> "Last sync " + format(at, zone) + ".").orElse("Never synced.");
        switch (status.state()) {
            case NOT_CONFIGURED:
                return new ConnectionCard(status, "Not configured", purpose, status.howToConfigure().orElse(""), "Connect",
                        false, false, false, false);
            case NOT_CONNECTED:
                return new ConnectionCard(status, "Not connected", purpose, signInHint(status), "Connect", true, false,
                        false, false);
            case ACTIVE:
                return new ConnectionCard(status, "Active", purpose, connected, "Connect", false, true, !destination,
                        destination);
            default:
                return new ConnectionCard(status, "Inactive", purpose, status.reason().orElse("No reason recorded.") + " "
                        + connected, "Reconnect", true, true, false, destination);
        }
    }

    public String providerName() {
        return status.displayName();
    }

    /** The position of the "Upload workouts" switch. */
    public boolean uploadsOn() {
        return status.uploadWorkoutsEnabled();
    }

    private static String uploads(ConnectionStatus status) {
        return status.uploadWorkoutsEnabled()
                ? "New and changed workouts of this profile are uploaded to " + status.displayName() + "."
                : "Uploads are off: workouts are not sent to " + status.displayName() + ".";
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
