package org.pulseport.app.notify;

import java.util.Set;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;

/** A rule as views and commands list it; {@code category} null means every category. */
public record RuleSummary(long id, long profileId, AnomalyCategory category, AnomalySeverity minSeverity,
                          Set<Long> channelIds) {

    /** e.g. "Low glucose, warning or worse". */
    public String describe() {
        String what = category == null ? "Every alert" : Notification.title(category);
        return what + ", " + minSeverity.name().toLowerCase(java.util.Locale.ROOT)
                + (minSeverity == AnomalySeverity.URGENT ? "" : " or worse");
    }
}
