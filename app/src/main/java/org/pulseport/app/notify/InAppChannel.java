package org.pulseport.app.notify;

import java.time.Clock;
import org.pulseport.app.store.NotificationStateRepository;

/** Puts the notification into the app's own list (the Notifications view, {@code pulseport notifications inbox}). */
public final class InAppChannel implements NotificationChannel {

    private final NotificationStateRepository state;
    private final Clock clock;

    public InAppChannel(NotificationStateRepository state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.IN_APP;
    }

    @Override
    public void send(Notification n, ChannelConfig config) {
        state.addToInbox(n.profileId(), n.severity().name(), n.title(), n.message(), clock.instant());
    }
}
