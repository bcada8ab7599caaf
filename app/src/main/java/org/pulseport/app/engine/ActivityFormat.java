package org.pulseport.app.engine;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.pulseport.core.activity.ActivitySummary;
import org.pulseport.core.activity.Efforts;
import org.pulseport.core.model.Sport;

/** The words and numbers an activity summary is shown with, the same in the CLI and the desktop app. */
public final class ActivityFormat {

    public static final String MISSING = "–";
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private ActivityFormat() {
    }

    public static String sport(Sport sport) {
        String words = sport.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The start in the local time the device recorded it in, with that UTC offset. */
    public static String start(ActivitySummary summary) {
        OffsetDateTime local = summary.start().atOffset(summary.utcOffset());
        return START.format(local) + " (UTC" + (summary.utcOffset().getTotalSeconds() == 0 ? "" : summary.utcOffset()) + ")";
    }

    /** {@code h:mm:ss}. */
    public static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public static String distance(OptionalDouble meters) {
        return meters.isPresent() ? String.format(Locale.ROOT, "%.2f km", meters.getAsDouble() / 1000) : MISSING;
    }

    public static String meters(OptionalDouble meters) {
        return meters.isPresent() ? String.format(Locale.ROOT, "%.0f m", meters.getAsDouble()) : MISSING;
    }

    public static String whole(OptionalInt value, String unit) {
        return value.isPresent() ? value.getAsInt() + " " + unit : MISSING;
    }

    /** {@code avg / max unit}, or what there is of it. */
    public static String averageAndMax(OptionalInt average, OptionalInt max, String unit) {
        if (average.isEmpty() && max.isEmpty()) {
            return MISSING;
        }
        return (average.isPresent() ? String.valueOf(average.getAsInt()) : MISSING) + " / "
                + (max.isPresent() ? String.valueOf(max.getAsInt()) : MISSING) + " " + unit;
    }

    /** The session summary as a few lines of text (the {@code pulseport import} output). */
    public static List<String> lines(ActivitySummary summary, int laps, int records) {
        Efforts e = summary.efforts();
        List<String> lines = new ArrayList<>();
        lines.add(sport(summary.sport()) + ", " + start(summary));
        lines.add("duration " + duration(summary.elapsed()) + " (moving " + duration(summary.timer()) + "), distance "
                + distance(summary.distanceMeters()) + ", ascent " + meters(summary.ascentMeters()) + ", energy "
                + whole(summary.calories(), "kcal"));
        lines.add("heart rate avg/max " + averageAndMax(e.avgHeartRate(), e.maxHeartRate(), "bpm") + ", power avg/max "
                + averageAndMax(e.avgPower(), e.maxPower(), "W") + ", cadence avg " + whole(e.avgCadence(), "rpm"));
        lines.add(laps + (laps == 1 ? " lap, " : " laps, ") + String.format(Locale.ROOT, "%,d", records) + " records");
        return lines;
    }
}
