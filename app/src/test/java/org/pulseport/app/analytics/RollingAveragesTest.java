package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RollingAveragesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    private static NavigableMap<LocalDate, DailyStats> daily(Object... dayOffsetAndAverage) {
        List<DayValue> values = new ArrayList<>();
        for (int i = 0; i < dayOffsetAndAverage.length; i += 2) {
            values.add(new DayValue(JAN_1.plusDays((Integer) dayOffsetAndAverage[i]),
                    ((Number) dayOffsetAndAverage[i + 1]).doubleValue()));
        }
        return DailyStatsCalculator.byProviderDay(values);
    }

    @Test
    void windowsAreCalendarDaysAndMissingDaysAreSkipped() {
        NavigableMap<LocalDate, DailyStats> daily = daily(0, 10, 2, 20, 9, 40);

        RollingAverage onDayTen = DailySummaries.of(daily).rolling().get(JAN_1.plusDays(9));

        assertThat(onDayTen.days7()).isEqualTo(1);
        assertThat(onDayTen.mean7()).isEqualTo(40);
        assertThat(onDayTen.days30()).isEqualTo(3);
        assertThat(onDayTen.mean30()).isCloseTo(70.0 / 3, within(1e-12));
    }

    @Test
    void sevenDayWindowIncludesTheDaySixDaysBeforeButNotSeven() {
        NavigableMap<LocalDate, DailyStats> daily = daily(0, 100, 1, 10, 7, 20);

        RollingAverage onDayEight = DailySummaries.of(daily).rolling().get(JAN_1.plusDays(7));

        assertThat(onDayEight.days7()).isEqualTo(2);
        assertThat(onDayEight.mean7()).isEqualTo(15);
        assertThat(onDayEight.mean30()).isCloseTo(130.0 / 3, within(1e-12));
    }

    @Test
    void thirtyDayWindowDropsTheDayThirtyDaysBefore() {
        NavigableMap<LocalDate, DailyStats> daily = daily(0, 100, 1, 10, 30, 20);

        RollingAverage onDayThirtyOne = DailySummaries.of(daily).rolling().get(JAN_1.plusDays(30));

        assertThat(onDayThirtyOne.days30()).isEqualTo(2);
        assertThat(onDayThirtyOne.mean30()).isEqualTo(15);
    }

    @Test
    void emptySummariesHaveNothing() {
        DailySummaries empty = DailySummaries.of(new TreeMap<>());

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.stats()).isEmpty();
        assertThat(empty.rollingOn(JAN_1)).isEmpty();
        assertThat(empty.withRecomputedDays(Set.of(JAN_1), Map.of())).isEqualTo(empty);
    }

    @Test
    void onlyDaysWithDataGetRollingAverages() {
        NavigableMap<LocalDate, DailyStats> daily = daily(0, 1, 5, 2);

        DailySummaries summaries = DailySummaries.of(daily);
        assertThat(summaries.rolling()).containsOnlyKeys(JAN_1, JAN_1.plusDays(5));
        assertThat(summaries.rollingOn(JAN_1.plusDays(3))).isEmpty();
        assertThat(summaries.statsOn(JAN_1.plusDays(5))).hasValueSatisfying(s -> assertThat(s.average()).isEqualTo(2));
        assertThat(summaries.statsOn(JAN_1.minusDays(1))).isEmpty();
    }

    @Test
    void aTouchedDayInvalidatesItselfAndTheTwentyNineDaysAfter() {
        RecomputePlan plan = RecomputePlan.forTouchedDays(Set.of(JAN_1));

        assertThat(plan.statsDays()).containsExactly(JAN_1);
        assertThat(plan.rollingDays()).hasSize(30);
        assertThat(plan.rollingDays().first()).isEqualTo(JAN_1);
        assertThat(plan.rollingDays().last()).isEqualTo(LocalDate.of(2025, 1, 30));
        assertThat(plan.firstDayNeeded()).contains(LocalDate.of(2024, 12, 3));
    }

    @Test
    void overlappingTouchedDaysMergeAndNothingTouchedMeansNothingToDo() {
        RecomputePlan plan = RecomputePlan.forTouchedDays(Set.of(JAN_1, JAN_1.plusDays(2)));

        assertThat(plan.rollingDays()).hasSize(32);
        assertThat(plan.rollingDays().first()).isEqualTo(JAN_1);
        assertThat(plan.rollingDays().last()).isEqualTo(JAN_1.plusDays(31));
        assertThat(RecomputePlan.forTouchedDays(Set.of()).firstDayNeeded()).isEmpty();
    }
}
