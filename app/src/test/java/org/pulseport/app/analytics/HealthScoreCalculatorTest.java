package org.pulseport.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;
import org.pulseport.core.model.MetricType;

class HealthScoreCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    private static HealthScore.Scored scored(List<HealthScore> scores, ScoreKind kind) {
        return (HealthScore.Scored) scores.get(kind.ordinal());
    }

    private static ScoreInputs inputs(Map<MetricType, Double> values, Map<MetricType, RobustBaseline> baselines) {
        return new ScoreInputs(DAY, values, baselines);
    }

    @Test
    void partialDataGivesScoresWithLowerConfidenceAndNamesWhatIsMissing() {
        List<HealthScore> scores = HealthScoreCalculator.scores(inputs(Map.of(
                MetricType.SLEEP_DURATION, 6.5 * 3600, MetricType.SLEEP_SCORE, 80.0,
                MetricType.STEPS, 5000.0, MetricType.RESTING_HEART_RATE, 60.0), Map.of()));

        HealthScore.Scored sleep = scored(scores, ScoreKind.SLEEP);
        assertThat(sleep.value()).isCloseTo(0.6 * 250.0 / 3 + 0.4 * 80, within(1e-9));
        assertThat(sleep.confidence()).isCloseTo(1, within(1e-12));
        assertThat(sleep.missing()).isEmpty();

        HealthScore.Scored activity = scored(scores, ScoreKind.ACTIVITY);
        assertThat(activity.value()).isCloseTo(50, within(1e-9));
        assertThat(activity.confidence()).isCloseTo(0.5, within(1e-12));
        assertThat(activity.missing()).containsExactly("active_energy", "strain");
        assertThat(activity.used()).containsExactly(new ScoreContribution("steps", 5000, 50, 0.5));

        HealthScore.Scored cardio = scored(scores, ScoreKind.CARDIO);
        assertThat(cardio.value()).isCloseTo(75, within(1e-9));
        assertThat(cardio.confidence()).isCloseTo(0.5, within(1e-12));

        assertThat(scores.get(ScoreKind.RECOVERY.ordinal())).isInstanceOf(HealthScore.Unscored.class);
        assertThat(scores.get(ScoreKind.RECOVERY.ordinal()).missing()).containsExactly("recovery_score",
                "readiness_score", "hrv_rmssd vs 30-day median", "resting_heart_rate vs 30-day median",
                "body_temperature_deviation");

        HealthScore.Scored overall = scored(scores, ScoreKind.OVERALL);
        assertThat(overall.value()).isCloseTo((82 * 1 + 50 * 0.5 + 75 * 0.5) / 2, within(1e-9));
        assertThat(overall.confidence()).isCloseTo(0.5, within(1e-12));
        assertThat(overall.missing()).containsExactly("Recovery");
    }

    @Test
    void relativeRecoveryInputsUseTheBaselineMedian() {
        Map<MetricType, RobustBaseline> baselines = Map.of(
                MetricType.HRV_RMSSD, new RobustBaseline(50, 3, 20),
                MetricType.RESTING_HEART_RATE, new RobustBaseline(56, 1, 20));

        HealthScore.Scored recovery = scored(HealthScoreCalculator.scores(inputs(Map.of(
                MetricType.HRV_RMSSD, 45.0, MetricType.RESTING_HEART_RATE, 58.0), baselines)), ScoreKind.RECOVERY);

        assertThat(recovery.value()).isCloseTo(50, within(1e-9));
        assertThat(recovery.confidence()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void relativeInputsWithoutBaselineAreMissingNotGuessed() {
        List<HealthScore> scores = HealthScoreCalculator.scores(inputs(Map.of(MetricType.HRV_RMSSD, 45.0), Map.of()));

        assertThat(scores.get(ScoreKind.RECOVERY.ordinal())).isInstanceOf(HealthScore.Unscored.class);
        assertThat(scored(scores, ScoreKind.CARDIO).value())
                .isCloseTo(100 * Math.log(45.0 / 20) / Math.log(5), within(1e-9));
    }

    @Test
    void noDataMeansNoScores() {
        assertThat(HealthScoreCalculator.scores(inputs(Map.of(), Map.of())))
                .hasSize(5).allSatisfy(score -> assertThat(score).isInstanceOf(HealthScore.Unscored.class));
    }

    @Test
    void pointsAreClampedToTheScale() {
        HealthScore.Scored activity = scored(HealthScoreCalculator.scores(inputs(Map.of(
                MetricType.STEPS, 25_000.0, MetricType.ACTIVE_ENERGY, 900.0, MetricType.STRAIN, 20.0), Map.of())),
                ScoreKind.ACTIVITY);

        assertThat(activity.value()).isEqualTo(100);
        assertThat(ScoreComponent.SLEEP_DURATION.points(16 * 3600, Double.NaN)).isZero();
        assertThat(ScoreComponent.SLEEP_DURATION.points(3 * 3600, Double.NaN)).isZero();
        assertThat(ScoreComponent.SLEEP_DURATION.points(10.5 * 3600, Double.NaN)).isCloseTo(75, within(1e-9));
    }

    @Test
    void inputsAreTakenFromDailyStatisticsWithBaselinesFromThePreviousThirtyDays() {
        Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily = new EnumMap<>(MetricType.class);
        daily.put(MetricType.HRV_RMSSD, DailyFixtures.consecutive(DAY.minusDays(10), 50, 52, 48, 50, 51, 49, 50,
                47, 53, 50, 40));
        daily.put(MetricType.STEPS, DailyFixtures.consecutive(DAY.minusDays(3), 1000, 2000));

        ScoreInputs inputs = ScoreInputs.from(daily, DAY);

        assertThat(inputs.values()).containsOnlyKeys(MetricType.HRV_RMSSD).containsEntry(MetricType.HRV_RMSSD, 40.0);
        assertThat(inputs.baselines()).containsOnlyKeys(MetricType.HRV_RMSSD);
        assertThat(inputs.baselines().get(MetricType.HRV_RMSSD).median()).isEqualTo(50);
        assertThat(inputs.baselines().get(MetricType.HRV_RMSSD).size()).isEqualTo(10);
    }
}
