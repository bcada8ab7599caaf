package org.pulseport.app.notify;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.core.model.MetricType;

/**
 * What a channel sends: one ongoing condition of one profile, from one or more alerts of the same kind (repeats
 * in one batch are merged; the most severe sets the severity and the message).
 */
public record Notification(long profileId, String conditionKey, AnomalyCategory category, AnomalySeverity severity,
                           MetricType metric, String title, String message, Instant start, Instant end,
                           int occurrences) {

    /** Merges alerts of the same condition key into one notification. */
    public static Notification of(long profileId, List<Alert> sameCondition) {
        Alert worst = sameCondition.stream().max(Comparator.comparing(Alert::severity)).orElseThrow();
        Instant start = sameCondition.stream().map(Alert::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = sameCondition.stream().map(Alert::end).max(Comparator.naturalOrder()).orElseThrow();
        int count = sameCondition.size();
        String message = count == 1 ? worst.message() : worst.message() + " (" + count + " episodes)";
        return new Notification(profileId, worst.conditionKey(), worst.category(), worst.severity(), worst.metric(),
                title(worst.category()), message, start, end, count);
    }

    /** A short headline for a category. */
    public static String title(AnomalyCategory category) {
        switch (category) {
            case GLUCOSE_URGENT_LOW:
                return "Urgent low glucose";
            case GLUCOSE_LOW:
                return "Low glucose";
            case GLUCOSE_HIGH:
                return "High glucose";
            case RESTING_HEART_RATE_UP:
                return "Resting heart rate up";
            case HRV_DOWN:
                return "Heart rate variability down";
            default:
                return "Unusual value";
        }
    }

    /** The headline with the severity, as push services show it. */
    public String headline() {
        return severity.name().charAt(0) + severity.name().substring(1).toLowerCase(java.util.Locale.ROOT) + ": " + title;
    }
}
