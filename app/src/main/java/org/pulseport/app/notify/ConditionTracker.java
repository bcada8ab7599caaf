package org.pulseport.app.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.app.store.NotificationStateRepository;
import org.pulseport.app.store.NotificationStateRepository.Condition;

/**
 * Remembers ongoing conditions so repeats are merged: a notification whose condition was last seen less than
 * {@code gap} before it started continues that condition, and is sent again only if it is more severe.
 */
public final class ConditionTracker {

    /** How a notification relates to what was seen before. */
    public enum Observation {
        /** A new condition (or one that had ended): send. */
        NEW,
        /** The ongoing condition got more severe: send. */
        ESCALATED,
        /** The ongoing condition again, no worse: merge, send nothing. */
        REPEAT
    }

    public static final Duration DEFAULT_GAP = Duration.ofHours(3);

    private final NotificationStateRepository state;
    private final Duration gap;
    private final Map<Long, Object> profileLocks = new ConcurrentHashMap<>();

    public ConditionTracker(NotificationStateRepository state, Duration gap) {
        this.state = state;
        this.gap = gap;
    }

    public Observation observe(Notification n) {
        synchronized (profileLocks.computeIfAbsent(n.profileId(), id -> new Object())) {
            Condition previous = state.condition(n.profileId(), n.conditionKey()).orElse(null);
            if (previous == null || n.start().isAfter(previous.lastSeenAt().plus(gap))) {
                state.saveCondition(new Condition(n.profileId(), n.conditionKey(), n.severity().name(), n.start(), n.end(),
                        n.occurrences()));
                return Observation.NEW;
            }
            AnomalySeverity before = AnomalySeverity.valueOf(previous.severity());
            AnomalySeverity worst = n.severity().compareTo(before) > 0 ? n.severity() : before;
            Instant lastSeen = n.end().isAfter(previous.lastSeenAt()) ? n.end() : previous.lastSeenAt();
            state.saveCondition(new Condition(n.profileId(), n.conditionKey(), worst.name(), previous.firstSeenAt(), lastSeen,
                    previous.occurrences() + n.occurrences()));
            return n.severity().compareTo(before) > 0 ? Observation.ESCALATED : Observation.REPEAT;
        }
    }
}
