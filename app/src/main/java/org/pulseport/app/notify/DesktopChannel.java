package org.pulseport.app.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A desktop notification where the desktop supports one; otherwise the app's own list. */
public final class DesktopChannel implements NotificationChannel {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopChannel.class);

    private final DesktopNotifier desktop;
    private final InAppChannel fallback;

    public DesktopChannel(DesktopNotifier desktop, InAppChannel fallback) {
        this.desktop = desktop;
        this.fallback = fallback;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.DESKTOP;
    }

    @Override
    public void send(Notification n, ChannelConfig config) throws Exception {
        if (desktop.available()) {
            desktop.show(n.headline(), n.message(), n.severity());
        } else {
            LOG.info("no system tray on this desktop: notification {} goes to the app's list", n.conditionKey());
            fallback.send(n, config);
        }
    }
}
