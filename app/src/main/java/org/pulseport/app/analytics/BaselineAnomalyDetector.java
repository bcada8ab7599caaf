package org.pulseport.app.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pulseport.core.model.MetricType;

/**
 * Compares new daily averages with the personal 30-day baseline ({@link PersonalBaseline}).
 * <ul>
 *   <li>Resting heart rate up: at least {@value #RESTING_HR_RISE} /min above the median and robust z ≥
 *       {@value #SHIFT_Z} (or MAD 0).</li>
 *   <li>HRV down: at most {@value #HRV_KEPT_FRACTION} of the median and robust z ≤ −{@value #SHIFT_Z}
 *       (or MAD 0).</li>
 *   <li>Every other metric: statistical outlier when |robust z| &gt; {@value #OUTLIER_Z} (Iglewicz and
 *       Hoaglin's cut-off); nothing when MAD is 0.</li>
 * </ul>
 * Days without a baseline (fewer than {@value PersonalBaseline#MIN_DAYS} days of history) are skipped.
 */
public final class BaselineAnomalyDetector {

    public static final double OUTLIER_Z = 3.5;
    public static final double SHIFT_Z = 2.0;
    public static final double RESTING_HR_RISE = 5;
    public static final double HRV_KEPT_FRACTION = 0.75;

    private final ZoneId zone;

    /** A detector whose anomaly spans are the local days of {@code zone}. */
    public BaselineAnomalyDetector(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Anomalies among the daily averages of {@code newDays}, per metric in {@link MetricType} order. */
    public List<BaselineDeviation> detect(Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily,
                                          Set<LocalDate> newDays) {
        List<BaselineDeviation> found = new ArrayList<>();
        daily.keySet().stream().sorted().forEach(metric -> {
            NavigableMap<LocalDate, DailyStats> days = daily.get(metric);
            newDays.stream().sorted().filter(days::containsKey).forEach(day ->
                    PersonalBaseline.before(days, day).flatMap(baseline ->
                            check(metric, day, days.get(day).average(), baseline)).ifPresent(found::add));
        });
        return found;
    }

    private Optional<BaselineDeviation> check(MetricType metric, LocalDate day, double value, RobustBaseline baseline) {
        double z = baseline.robustZ(value);
        double median = baseline.median();
        if (metric == MetricType.RESTING_HEART_RATE) {
            boolean up = value - median >= RESTING_HR_RISE && (Double.isNaN(z) || z >= SHIFT_Z);
            return up ? Optional.of(deviation(AnomalyCategory.RESTING_HEART_RATE_UP, AnomalySeverity.WARNING,
                    metric, day, value, median, z, String.format(Locale.ROOT, "%s %s is %s above your 30-day median of %s.",
                            MetricLabels.name(metric), MetricLabels.withUnit(metric, value),
                            MetricLabels.withUnit(metric, value - median), MetricLabels.withUnit(metric, median))))
                    : Optional.empty();
        }
        if (metric == MetricType.HRV_RMSSD) {
            boolean down = value <= HRV_KEPT_FRACTION * median && (Double.isNaN(z) || z <= -SHIFT_Z);
            return down ? Optional.of(deviation(AnomalyCategory.HRV_DOWN, AnomalySeverity.WARNING, metric, day,
                    value, median, z, String.format(Locale.ROOT, "%s %s is %s%% below your 30-day median of %s.",
                            MetricLabels.name(metric), MetricLabels.withUnit(metric, value),
                            MetricLabels.number(100 * (1 - value / median)), MetricLabels.withUnit(metric, median))))
                    : Optional.empty();
        }
        boolean outlier = Math.abs(z) > OUTLIER_Z;
        return outlier ? Optional.of(deviation(AnomalyCategory.STATISTICAL_OUTLIER, AnomalySeverity.INFO, metric,
                day, value, median, z, String.format(Locale.ROOT, "%s %s is unusual for you (robust z %s against a 30-day median "
                        + "of %s).", MetricLabels.name(metric), MetricLabels.withUnit(metric, value),
                        MetricLabels.number(z), MetricLabels.withUnit(metric, median))))
                : Optional.empty();
    }

    private BaselineDeviation deviation(AnomalyCategory category, AnomalySeverity severity, MetricType metric,
                                        LocalDate day, double value, double median, double z, String message) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        return new BaselineDeviation(category, severity, metric, day, start, end, value, median, z, message);
    }
}
