package org.pulseport.app.notify;

/** Sends a notification one way (e-mail, Slack, ...). Throws when it could not; the processor logs it. */
public interface NotificationChannel {

    ChannelKind kind();

    void send(Notification notification, ChannelConfig config) throws Exception;
}
