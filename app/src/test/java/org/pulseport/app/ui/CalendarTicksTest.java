package org.pulseport.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarTicksTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    private static long at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), VIENNA).toInstant().toEpochMilli();
    }

    private static List<String> labels(CalendarTicks ticks) {
        return ticks.epochMillis().stream().map(t -> ticks.label(t, VIENNA)).toList();
    }

    @Test
    void aWeekOnANarrowAxisGetsOneTickPerLocalMidnightAndNoRepeatedLabel() {
        CalendarTicks ticks = CalendarTicks.between(at("2026-11-16T15:40"), at("2026-11-23T15:40"), VIENNA, 8);

        assertThat(ticks.step()).isEqualTo(CalendarTicks.Step.DAY);
        assertThat(labels(ticks)).containsExactly("Tue 17 Nov", "Wed 18 Nov", "Thu 19 Nov", "Fri 20 Nov", "Sat 21 Nov",
                "Sun 22 Nov", "Mon 23 Nov");
        assertThat(ticks.epochMillis()).allSatisfy(t -> assertThat(Instant.ofEpochMilli(t).atZone(VIENNA).toLocalTime())
                .isEqualTo(java.time.LocalTime.MIDNIGHT));
    }

    @Test
    void fewerPixelsGiveCoarserSteps() {
        long from = at("2026-11-16T15:40");
        long to = at("2026-11-23T15:40");

        assertThat(CalendarTicks.between(from, to, VIENNA, 4).step()).isEqualTo(CalendarTicks.Step.TWO_DAYS);
        assertThat(CalendarTicks.between(from, to, VIENNA, 30).step()).isEqualTo(CalendarTicks.Step.SIX_HOURS);
        assertThat(labels(CalendarTicks.between(from, to, VIENNA, 30))).startsWith("18:00", "Tue 17 Nov", "06:00", "12:00");
    }

    @Test
    void aDayInHoursNamesTheMidnightByItsDate() {
        CalendarTicks ticks = CalendarTicks.between(at("2026-11-22T20:10"), at("2026-11-23T08:10"), VIENNA, 8);

        assertThat(ticks.step()).isEqualTo(CalendarTicks.Step.TWO_HOURS);
        assertThat(labels(ticks)).containsExactly("22:00", "Mon 23 Nov", "02:00", "04:00", "06:00", "08:00");
    }

    @Test
    void daylightSavingDaysStillTickAtMidnight() {
        CalendarTicks ticks = CalendarTicks.between(at("2026-03-27T12:00"), at("2026-03-31T12:00"), VIENNA, 5);

        assertThat(labels(ticks)).containsExactly("Sat 28 Mar", "Sun 29 Mar", "Mon 30 Mar", "Tue 31 Mar");
        assertThat(ticks.epochMillis().get(2) - ticks.epochMillis().get(1)).as("the 23-hour day").isEqualTo(23 * 3600_000L);
    }

    @Test
    void aYearTicksOnMonthsOrQuarters() {
        long from = at("2025-11-23T00:00");
        long to = at("2026-11-23T00:00");

        assertThat(labels(CalendarTicks.between(from, to, VIENNA, 13))).startsWith("Dec 2025", "Jan 2026", "Feb 2026")
                .hasSize(12);
        assertThat(labels(CalendarTicks.between(from, to, VIENNA, 6))).containsExactly("Jan 2026", "Apr 2026", "Jul 2026",
                "Oct 2026");
    }

    @Test
    void shortWindowsTickInMinutesAndLongOnesInYearsOrMore() {
        assertThat(labels(CalendarTicks.between(at("2026-11-23T08:02"), at("2026-11-23T08:22"), VIENNA, 8)))
                .containsExactly("08:05", "08:10", "08:15", "08:20");
        CalendarTicks century = CalendarTicks.between(at("1926-01-01T00:00"), at("2026-01-01T00:00"), VIENNA, 5);
        assertThat(century.epochMillis()).hasSizeLessThanOrEqualTo(5);
        assertThat(labels(century)).containsExactly("1950", "2000");
    }

    @Test
    void whereTheClockJumpsOverMidnightTheDayIsStillNamedByItsDate() {
        ZoneId santiago = ZoneId.of("America/Santiago");
        long from = ZonedDateTime.of(java.time.LocalDateTime.parse("2026-09-05T18:00"), santiago).toInstant().toEpochMilli();
        long to = ZonedDateTime.of(java.time.LocalDateTime.parse("2026-09-06T06:00"), santiago).toInstant().toEpochMilli();
        CalendarTicks ticks = CalendarTicks.between(from, to, santiago, 8);

        assertThat(ticks.epochMillis().stream().map(t -> ticks.label(t, santiago)).toList()).contains("Sun 6 Sep")
                .doesNotContain("01:00");
    }

    @Test
    void anEmptyOrReversedWindowHasNoTicksAndTooFewPixelsStillGiveTwo() {
        assertThat(CalendarTicks.between(at("2026-11-23T08:00"), at("2026-11-23T08:00"), VIENNA, 8).epochMillis()).isEmpty();
        assertThat(CalendarTicks.between(at("2026-11-23T08:00"), at("2026-11-22T08:00"), VIENNA, 8).epochMillis()).isEmpty();
        assertThat(CalendarTicks.between(at("2026-11-16T15:40"), at("2026-11-23T15:40"), VIENNA, 0).epochMillis())
                .hasSizeBetween(1, 2);
    }
}
