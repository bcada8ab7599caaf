package org.pulseport.app.notify;

/** What happened to one notification on one channel (or, when merged, on none). */
public sealed interface ChannelResult {

    String conditionKey();

    /** Delivered. */
    record Sent(String conditionKey, long channelId, ChannelKind kind) implements ChannelResult {
    }

    /** The channel failed; the others were still tried. */
    record Failed(String conditionKey, long channelId, ChannelKind kind, String error) implements ChannelResult {
    }

    /** Held back by quiet hours (only non-urgent notifications on channels that would disturb). */
    record Held(String conditionKey, long channelId, ChannelKind kind) implements ChannelResult {
    }

    /** A repeat of a condition already notified and still ongoing: merged into it, nothing sent. */
    record Merged(String conditionKey) implements ChannelResult {
    }
}
