package org.pulseport.app.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.pulseport.core.model.GlucoseUnit;
import org.pulseport.core.model.TimeSeries;

/**
 * Finds sustained glucose excursions in mg/dL readings: below 54 (urgent low), below 70 (low) and above 250
 * (high) for at least 15 minutes. An episode is a run of consecutive readings beyond the threshold, no two
 * of them more than 15 minutes apart (a longer gap in the data ends it: no data, no claim), lasting at
 * least 15 minutes from its first to its last reading. A low episode that contains an urgent low is
 * reported only as the urgent low, so one event raises one notification.
 */
public final class GlucoseExcursionDetector {

    /** Shortest episode that counts. */
    public static final Duration MIN_DURATION = Duration.ofMinutes(15);
    /** Longest gap between two readings of one episode. */
    public static final Duration MAX_GAP = Duration.ofMinutes(15);

    private enum Level {
        URGENT_LOW(AnomalyCategory.GLUCOSE_URGENT_LOW, AnomalySeverity.URGENT, GlucoseRange.VERY_LOW_BELOW, true,
                "Urgent low glucose"),
        LOW(AnomalyCategory.GLUCOSE_LOW, AnomalySeverity.WARNING, GlucoseRange.LOW_BELOW, true, "Low glucose"),
        HIGH(AnomalyCategory.GLUCOSE_HIGH, AnomalySeverity.WARNING, GlucoseRange.HIGH_MAX, false, "High glucose");

        final AnomalyCategory category;
        final AnomalySeverity severity;
        final double threshold;
        final boolean below;
        final String title;

        Level(AnomalyCategory category, AnomalySeverity severity, double threshold, boolean below, String title) {
            this.category = category;
            this.severity = severity;
            this.threshold = threshold;
            this.below = below;
            this.title = title;
        }

        boolean beyond(double mgDl) {
            return below ? mgDl < threshold : mgDl > threshold;
        }
    }

    private final GlucoseUnit unit;

    /** A detector whose messages use the given display unit. */
    public GlucoseExcursionDetector(GlucoseUnit unit) {
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /** All sustained excursions, ordered by start. */
    public List<GlucoseExcursion> detect(TimeSeries mgDl) {
        List<GlucoseExcursion> urgentLows = episodes(mgDl, Level.URGENT_LOW);
        List<GlucoseExcursion> result = new ArrayList<>(urgentLows);
        for (GlucoseExcursion low : episodes(mgDl, Level.LOW)) {
            if (urgentLows.stream().noneMatch(urgent -> overlaps(urgent, low))) {
                result.add(low);
            }
        }
        result.addAll(episodes(mgDl, Level.HIGH));
        result.sort(Comparator.comparing(GlucoseExcursion::start));
        return result;
    }

    private List<GlucoseExcursion> episodes(TimeSeries readings, Level level) {
        List<GlucoseExcursion> found = new ArrayList<>();
        int i = 0;
        while (i < readings.size()) {
            if (!level.beyond(readings.value(i))) {
                i++;
                continue;
            }
            int first = i;
            double extreme = readings.value(i);
            while (i + 1 < readings.size() && level.beyond(readings.value(i + 1))
                    && readings.epochMillis(i + 1) - readings.epochMillis(i) <= MAX_GAP.toMillis()) {
                i++;
                extreme = level.below ? Math.min(extreme, readings.value(i)) : Math.max(extreme, readings.value(i));
            }
            if (readings.epochMillis(i) - readings.epochMillis(first) >= MIN_DURATION.toMillis()) {
                found.add(excursion(level, readings.instant(first), readings.instant(i), extreme));
            }
            i++;
        }
        return found;
    }

    private GlucoseExcursion excursion(Level level, Instant start, Instant end, double extreme) {
        String message = String.format(Locale.ROOT, "%s: %s %s for %d min, %s %s.", level.title,
                level.below ? "below" : "above", unit.format(level.threshold), Duration.between(start, end).toMinutes(),
                level.below ? "lowest" : "highest", unit.format(extreme));
        return new GlucoseExcursion(level.category, level.severity, start, end, extreme, level.threshold, message);
    }

    private static boolean overlaps(GlucoseExcursion a, GlucoseExcursion b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }
}
