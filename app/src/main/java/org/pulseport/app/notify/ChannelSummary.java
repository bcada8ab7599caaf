package org.pulseport.app.notify;

/** A channel as views and commands list it (its settings, which may hold secrets, are left out). */
public record ChannelSummary(long id, long profileId, ChannelKind kind, String name) {

    @Override
    public String toString() {
        return name + " (" + kind.label() + ")";
    }
}
