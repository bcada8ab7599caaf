package org.pulseport.app.notify;

/**
 * The plumbing every webhook-style channel shares (Slack, Discord, Teams, ntfy, generic webhook): format the
 * notification the service's way, POST it with the time limit, and fail on anything but a 2xx answer.
 */
public final class HttpChannel implements NotificationChannel {

    private final ChannelKind kind;
    private final HttpMessageFormat format;
    private final HttpPoster http;

    public HttpChannel(ChannelKind kind, HttpMessageFormat format, HttpPoster http) {
        this.kind = kind;
        this.format = format;
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return kind;
    }

    @Override
    public void send(Notification notification, ChannelConfig config) throws ChannelFailure {
        HttpMessage message = format.format(notification, config);
        HttpOutcome outcome = http.post(message.url(), message.headers(), message.body());
        if (!outcome.succeeded()) {
            throw new ChannelFailure(kind.label() + ": " + outcome.describe());
        }
    }
}
