package org.pulseport.app.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick marks for a time axis that fall on local calendar boundaries (whole hours, midnights, Mondays, first days
 * of months or years) in the profile's time zone, with the coarsest step that still gives readable labels, so a
 * label never repeats and always names the moment its tick stands for, also across daylight-saving changes.
 */
record CalendarTicks(List<Long> epochMillis, Step step) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

    CalendarTicks {
        epochMillis = List.copyOf(epochMillis);
    }

    /** The steps tried, finest first. */
    enum Step {
        FIVE_MINUTES(ChronoUnit.MINUTES, 5), TEN_MINUTES(ChronoUnit.MINUTES, 10),
        FIFTEEN_MINUTES(ChronoUnit.MINUTES, 15), HALF_HOUR(ChronoUnit.MINUTES, 30), HOUR(ChronoUnit.HOURS, 1),
        TWO_HOURS(ChronoUnit.HOURS, 2), THREE_HOURS(ChronoUnit.HOURS, 3), SIX_HOURS(ChronoUnit.HOURS, 6),
        TWELVE_HOURS(ChronoUnit.HOURS, 12), DAY(ChronoUnit.DAYS, 1), TWO_DAYS(ChronoUnit.DAYS, 2),
        WEEK(ChronoUnit.WEEKS, 1), TWO_WEEKS(ChronoUnit.WEEKS, 2), MONTH(ChronoUnit.MONTHS, 1),
        THREE_MONTHS(ChronoUnit.MONTHS, 3), SIX_MONTHS(ChronoUnit.MONTHS, 6), YEAR(ChronoUnit.YEARS, 1),
        TWO_YEARS(ChronoUnit.YEARS, 2), FIVE_YEARS(ChronoUnit.YEARS, 5), DECADE(ChronoUnit.YEARS, 10),
        TWENTY_YEARS(ChronoUnit.YEARS, 20), FIFTY_YEARS(ChronoUnit.YEARS, 50), CENTURY(ChronoUnit.YEARS, 100);

        private final ChronoUnit unit;
        private final int amount;

        Step(ChronoUnit unit, int amount) {
            this.unit = unit;
            this.amount = amount;
        }

        Duration nominal() {
            return unit.getDuration().multipliedBy(amount);
        }
    }

    /**
     * Ticks between {@code from} and {@code to} (epoch milliseconds), at most {@code max(2, maxTicks)} of them
     * (for spans up to a few centuries); none when {@code to} is not after {@code from}.
     */
    static CalendarTicks between(long from, long to, ZoneId zone, int maxTicks) {
        if (to <= from) {
            return new CalendarTicks(List.of(), Step.DAY);
        }
        long span = to - from;
        Step chosen = Step.CENTURY;
        for (Step step : Step.values()) {
            if (span / step.nominal().toMillis() + 1 <= Math.max(2, maxTicks)) {
                chosen = step;
                break;
            }
        }
        List<Long> ticks = new ArrayList<>();
        for (LocalDateTime local = first(Instant.ofEpochMilli(from).atZone(zone).toLocalDateTime(), chosen); ; local = next(local, chosen)) {
            long tick = local.atZone(zone).toInstant().toEpochMilli();
            if (tick > to) {
                break;
            }
            if (tick >= from && (ticks.isEmpty() || tick > ticks.get(ticks.size() - 1))) {
                ticks.add(tick);
            }
        }
        return new CalendarTicks(ticks, chosen);
    }

    /** The label of a tick: a time of day (or the date, where a day starts), a date, a month or a year. */
    String label(long epochMillis, ZoneId zone) {
        ZonedDateTime at = Instant.ofEpochMilli(epochMillis).atZone(zone);
        return switch (step.unit) {
            case MINUTES, HOURS -> at.equals(at.toLocalDate().atStartOfDay(zone)) ? DAY.format(at) : TIME.format(at);
            case DAYS -> DAY.format(at);
            case WEEKS -> WEEK.format(at);
            case MONTHS -> MONTH.format(at);
            default -> YEAR.format(at);
        };
    }

    /** The first local boundary of the step at or after {@code from}'s start of its hour, day, week, month or year. */
    private static LocalDateTime first(LocalDateTime from, Step step) {
        LocalDate day = from.toLocalDate();
        return switch (step.unit) {
            case MINUTES -> day.atTime(from.getHour(), from.getMinute() / step.amount * step.amount);
            case HOURS -> day.atTime(from.getHour() / step.amount * step.amount, 0);
            case DAYS -> day.atStartOfDay();
            case WEEKS -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
            case MONTHS -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / step.amount * step.amount + 1)
                    .atStartOfDay();
            default -> LocalDate.of(day.getYear() / step.amount * step.amount, 1, 1).atStartOfDay();
        };
    }

    /** Steps in local time, so ticks stay on whole local hours and midnights across daylight-saving changes. */
    private static LocalDateTime next(LocalDateTime at, Step step) {
        return at.plus(step.amount, step.unit);
    }
}
