package org.pulseport.app.notify;

import java.util.List;

/** The aggregated results of one notification job: per notification and channel. */
public record DispatchReport(List<ChannelResult> results) {

    public DispatchReport {
        results = List.copyOf(results);
    }

    public long count(Class<? extends ChannelResult> kind) {
        return results.stream().filter(kind::isInstance).count();
    }

    public String summary() {
        return count(ChannelResult.Sent.class) + " sent, " + count(ChannelResult.Failed.class) + " failed, "
                + count(ChannelResult.Held.class) + " held for quiet hours, " + count(ChannelResult.Merged.class) + " merged";
    }
}
