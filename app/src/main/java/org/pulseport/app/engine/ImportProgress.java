package org.pulseport.app.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a device import is: device records read out of the best known total, and the time left estimated
 * from the pace so far (empty until there is a pace to go by).
 */
public record ImportProgress(long recordsRead, long recordsTotal, Optional<Duration> timeLeft) {

    public static final ImportProgress STARTING = new ImportProgress(0, 0, Optional.empty());

    /** Done fraction in [0, 1], or -1 while the total is not known yet. */
    public double fraction() {
        if (recordsTotal <= 0) {
            return -1;
        }
        return Math.min(1.0, (double) recordsRead / recordsTotal);
    }

    /** E.g. "1,234 of 25,920 records, about 12 s left". */
    public String describe() {
        if (recordsTotal <= 0) {
            return recordsRead == 0 ? "Connecting to the device" : String.format("%,d records", recordsRead);
        }
        String counts = String.format("%,d of %,d records", Math.min(recordsRead, recordsTotal), recordsTotal);
        return timeLeft.map(left -> counts + ", " + timeLeft(left)).orElse(counts);
    }

    static String timeLeft(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        if (seconds < 1) {
            return "almost done";
        }
        if (seconds < 90) {
            return "about " + seconds + " s left";
        }
        return "about " + (seconds + 30) / 60 + " min left";
    }
}
