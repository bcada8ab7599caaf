package org.pulseport.app.notify;

/** How one service wants a notification: the payload shape its documentation gives. */
@FunctionalInterface
public interface HttpMessageFormat {

    HttpMessage format(Notification notification, ChannelConfig config);
}
