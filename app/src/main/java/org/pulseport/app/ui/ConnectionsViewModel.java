package org.pulseport.app.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pulseport.app.engine.CloudProvider;
import org.pulseport.app.engine.ConnectionService;
import org.pulseport.app.engine.Disconnection;
import org.pulseport.app.engine.Engine;
import org.pulseport.core.model.Profile;
import org.pulseport.providers.oauth.BrowserLauncher;

/**
 * The Connections view: every cloud provider of the selected profile with connect, disconnect, "Sync now" (data
 * sources) and the "Upload workouts" switch (workout destinations).
 * The browser sign-in runs in the background; while it waits, {@link #signInAddressProperty()} holds the
 * address, for when no browser opened.
 */
public final class ConnectionsViewModel {

    static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

    private final ConnectionService connections;
    private final Engine engine;
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final BrowserLauncher browser;
    private final ProfileContext selection;
    private final ObservableList<ConnectionCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signInAddress = new ReadOnlyStringWrapper("");

    public ConnectionsViewModel(ConnectionService connections, Engine engine, TaskRunner tasks, Executor fxThread,
                                BrowserLauncher browser, ProfileContext selection) {
        this.connections = connections;
        this.engine = engine;
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.browser = browser;
        this.selection = selection;
        selection.observe(this::refresh, () -> { });
    }

    public void refresh() {
        Profile profile = selection.profile();
        if (profile == null) {
            cards.clear();
            message.set("Create or select a profile to connect its accounts.");
            return;
        }
        tasks.run("Loading connections", () -> connections.list(profile.id()),
                list -> cards.setAll(list.stream().map(s -> ConnectionCard.of(s, selection.zone())).toList()),
                error -> message.set("Could not load the connections: " + error.getMessage()));
    }

    /** Signs in through the browser (OAuth providers), then queues the first sync. */
    public void connect(ConnectionCard card) {
        Profile profile = selection.profile();
        CloudProvider provider = connections.provider(card.status().providerId());
        message.set("Waiting for the sign-in at " + provider.displayName() + " in your browser…");
        BrowserLauncher showingAddress = address -> {
            fxThread.execute(() -> signInAddress.set(address.toString()));
            browser.open(address);
        };
        connected(provider, () -> connections.connectOAuth(profile.id(), provider, showingAddress, SIGN_IN_TIMEOUT));
    }

    /** Stores an email and password (LibreLinkUp), then queues the first sync. */
    public void connectWithPassword(ConnectionCard card, String email, String password) {
        Profile profile = selection.profile();
        CloudProvider provider = connections.provider(card.status().providerId());
        connected(provider, () -> connections.connectPassword(profile.id(), provider, email, password));
    }

    private void connected(CloudProvider provider, java.util.concurrent.Callable<Long> connect) {
        tasks.run("Connecting " + provider.displayName(), () -> {
            long sourceId = connect.call();
            if (!provider.receivesWorkouts()) {
                engine.enqueueSync(sourceId);
            }
            return sourceId;
        }, sourceId -> {
            signInAddress.set("");
            message.set("Connected " + provider.displayName() + (provider.receivesWorkouts()
                    ? ". It receives this profile's workouts; uploads are on."
                    : ". The first sync is queued and runs in the background."));
            refresh();
        }, error -> {
            signInAddress.set("");
            message.set("Connecting " + provider.displayName() + " failed: " + SyncSummary.reason(error));
        });
    }

    public void disconnect(ConnectionCard card) {
        Profile profile = selection.profile();
        CloudProvider provider = connections.provider(card.status().providerId());
        tasks.run("Disconnecting " + provider.displayName(), () -> connections.disconnect(profile.id(), provider),
                result -> {
                    message.set(disconnected(provider, result));
                    refresh();
                }, error -> message.set("Disconnecting failed: " + SyncSummary.reason(error)));
    }

    /** The "Upload workouts" switch of a workout destination: whether the profile's workouts are queued for it. */
    public void switchUpload(ConnectionCard card, boolean on) {
        Profile profile = selection.profile();
        String name = card.providerName();
        tasks.run("Switching uploads to " + name, () -> connections.setUploadEnabled(profile.id(),
                card.status().providerId(), on), switched -> {
                    message.set(!switched ? name + " is not connected."
                            : on ? "Uploads to " + name + " are on: new and changed workouts are queued for it."
                            : "Uploads to " + name + " are off: workouts are no longer queued for it.");
                    refresh();
                }, error -> message.set("Switching uploads failed: " + SyncSummary.reason(error)));
    }

    /** Syncs the connection now (joining a sync already running) and says what came in. */
    public void syncNow(ConnectionCard card) {
        long sourceId = card.status().sourceId().orElseThrow();
        String name = card.providerName();
        tasks.run("Syncing " + name, () -> engine.syncNow(sourceId).join(), report -> {
            message.set(name + ": " + SyncSummary.of(List.of(report)));
            refresh();
        }, error -> {
            message.set(name + ": sync failed: " + SyncSummary.reason(error));
            refresh();
        });
    }

    static String disconnected(CloudProvider provider, Disconnection result) {
        String name = provider.displayName();
        switch (result.revocation()) {
            case NOT_CONNECTED:
                return name + " was not connected.";
            case REVOKED:
                return "Disconnected " + name + ": access revoked and the stored sign-in deleted. Synced readings stay.";
            case NOT_OFFERED:
                return "Disconnected " + name + ": the stored sign-in is deleted. " + name + " offers apps no way to"
                        + " revoke access: remove Pulseport in your account settings there.";
            default:
                return "Disconnected " + name + ": the stored sign-in is deleted, but revoking access failed ("
                        + result.problem() + "). Remove Pulseport in your account settings there.";
        }
    }

    public ObservableList<ConnectionCard> cards() {
        return cards;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signInAddressProperty() {
        return signInAddress.getReadOnlyProperty();
    }

    /** Whether the provider signs in with an email and password instead of the browser. */
    public static boolean asksForPassword(ConnectionCard card) {
        return card.status().signIn() == CloudProvider.SignIn.PASSWORD;
    }

    /** Providers whose protocol the vendor does not publish get a visible "unofficial" label. */
    public static boolean unofficial(ConnectionCard card) {
        return card.status().unofficial();
    }
}
