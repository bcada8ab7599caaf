package org.pulseport.app.engine;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A job's schedule as people write it in settings and environment variables:
 * {@code daily 03:00 UTC}, {@code every 30 minutes}, {@code every 2 hours}, {@code weekly sun 04:00 UTC},
 * {@code cron <6-field expression> [ZONE]}, or {@code off}. Zones default to UTC.
 */
public record JobSchedule(String spec, Schedule schedule) {

    /** True when the job is switched off. */
    public boolean disabled() {
        return schedule == null;
    }

    /** Parses a schedule; the exception message says what is accepted. */
    public static JobSchedule parse(String raw) {
        String spec = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        String[] w = spec.toLowerCase(Locale.ROOT).split(" ");
        try {
            if (w.length == 1 && w[0].equals("off")) {
                return new JobSchedule(spec, null);
            }
            if (w[0].equals("daily") && (w.length == 2 || w.length == 3)) {
                return new JobSchedule(spec, Schedules.daily(zone(spec, w, 2), LocalTime.parse(w[1])));
            }
            if (w[0].equals("every") && w.length == 3) {
                return new JobSchedule(spec, Schedules.fixedDelay(duration(Long.parseLong(w[1]), w[2])));
            }
            if (w[0].equals("weekly") && (w.length == 3 || w.length == 4)) {
                LocalTime time = LocalTime.parse(w[2]);
                String day = dayOfWeek(w[1]).name().substring(0, 3);
                return new JobSchedule(spec, Schedules.cron("0 " + time.getMinute() + " " + time.getHour() + " * * " + day,
                        zone(spec, w, 3)));
            }
            if (w[0].equals("cron") && (w.length == 7 || w.length == 8)) {
                String expression = String.join(" ", java.util.Arrays.copyOfRange(spec.split(" "), 1, 7));
                return new JobSchedule(spec, Schedules.cron(expression, zone(spec, w, 7)));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            throw invalid(spec, e.getMessage());
        }
        throw invalid(spec, "unknown form");
    }

    private static ZoneId zone(String spec, String[] words, int index) {
        return words.length > index ? ZoneId.of(spec.split(" ")[index]) : ZoneId.of("UTC");
    }

    private static Duration duration(long amount, String unit) {
        if (amount <= 0) {
            throw new IllegalArgumentException("the interval must be positive");
        }
        if (unit.startsWith("minute")) {
            return Duration.ofMinutes(amount);
        }
        if (unit.startsWith("hour")) {
            return Duration.ofHours(amount);
        }
        if (unit.startsWith("second")) {
            return Duration.ofSeconds(amount);
        }
        throw new IllegalArgumentException("unknown unit '" + unit + "'");
    }

    private static DayOfWeek dayOfWeek(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(word) && word.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day '" + word + "'");
    }

    private static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("Invalid schedule '" + spec + "' (" + why + "). Use e.g. 'daily 03:00 UTC', "
                + "'every 30 minutes', 'weekly sun 04:00 UTC', 'cron 0 0 3 * * * UTC' or 'off'.");
    }
}
