package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.TimeSeries;

class DailySummariesProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Hourly readings from 1 February 2025 (across the spring DST change); every 11th day from the 6th is empty. */
    private static TimeSeries history(int seed, int days) {
        Random random = new Random(seed);
        TimeSeries.Builder builder = new TimeSeries.Builder();
        TimeSeries hourly = TestSeries.every(BERLIN, "2025-02-01T00:00", Duration.ofHours(1), days * 24,
                i -> 40 + random.nextInt(60));
        for (int i = 0; i < hourly.size(); i++) {
            if ((i / 24) % 11 != 5) {
                builder.add(hourly.epochMillis(i), hourly.value(i));
            }
        }
        return builder.build();
    }

    @Property(tries = 40)
    void incrementalUpdateOfAnyDayEqualsFullRecomputation(@ForAll @IntRange(min = 0, max = 1000) int seed,
                                                          @ForAll @IntRange(min = -3, max = 123) int dayOffset) {
        TimeSeries all = history(seed, 120);
        LocalDate touched = LocalDate.of(2025, 2, 1).plusDays(dayOffset);
        long dayStart = DaySlices.startOfDay(touched, BERLIN);
        long dayEnd = DaySlices.startOfDay(touched.plusDays(1), BERLIN);
        TimeSeries.Builder withoutDay = new TimeSeries.Builder();
        for (int i = 0; i < all.size(); i++) {
            if (all.epochMillis(i) < dayStart || all.epochMillis(i) >= dayEnd) {
                withoutDay.add(all.epochMillis(i), all.value(i));
            }
        }
        DailySummaries full = DailySummaries.compute(all, BERLIN);
        DailySummaries before = DailySummaries.compute(withoutDay.build(), BERLIN);

        assertThat(before.update(Set.of(touched), TimeSeriesRanges.between(all, dayStart, dayEnd), BERLIN))
                .isEqualTo(full);
        assertThat(full.update(Set.of(touched), TimeSeries.empty(), BERLIN)).isEqualTo(before);
    }

    @Test
    void aDayWhoseReadingsWereDeletedDisappearsAndItsFollowersAreRecomputed() {
        TimeSeries all = history(7, 40);
        LocalDate removed = LocalDate.of(2025, 2, 10);
        DailySummaries full = DailySummaries.compute(all, BERLIN);

        DailySummaries updated = full.update(Set.of(removed), TimeSeries.empty(), BERLIN);

        assertThat(updated.stats()).doesNotContainKey(removed).hasSize(full.stats().size() - 1);
        assertThat(updated.rolling().get(removed.plusDays(1)).days7()).isEqualTo(5);
        assertThat(updated.rolling().get(removed.minusDays(1))).isEqualTo(full.rolling().get(removed.minusDays(1)));
    }

    @Test
    void providerDayMetricsUpdateFromRecomputedDailyStatistics() {
        LocalDate first = LocalDate.of(2025, 3, 1);
        DailySummaries before = DailySummaries.of(DailyFixtures.consecutive(first, 10, 20, 30));
        LocalDate newDay = first.plusDays(3);

        DailySummaries after = before.withRecomputedDays(Set.of(newDay),
                DailyStatsCalculator.byProviderDay(List.of(new DayValue(newDay, 40), new DayValue(first, 99))));

        assertThat(after).isEqualTo(DailySummaries.of(DailyFixtures.consecutive(first, 10, 20, 30, 40)));
        assertThat(after.rolling().get(newDay).mean7()).isEqualTo(25);
    }
}
