package org.pulseport.app.ui;

import java.time.Duration;
import org.pulseport.core.model.GlucoseUnit;

/** Wording of numbers and durations shown to people. */
public final class Formats {

    private Formats() {
    }

    /** "just now", "4 min ago", "3 h ago", "2 days ago". */
    public static String age(Duration age) {
        long minutes = age.toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        if (minutes < 48 * 60) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " days ago";
    }

    /** "7 h 25 min" for a duration in seconds. */
    public static String hoursMinutes(double seconds) {
        long minutes = Math.round(seconds / 60);
        return minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** A stored mg/dL value in the chosen unit, rounded as the unit displays, e.g. "6.8". */
    public static String glucose(double mgDl, GlucoseUnit unit) {
        return unit.display(mgDl).toPlainString();
    }

    /** A file size for people: "812 KB", "14.2 MB". */
    public static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
