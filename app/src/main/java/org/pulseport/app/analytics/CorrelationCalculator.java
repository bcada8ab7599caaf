package org.pulseport.app.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.pulseport.core.model.MetricType;

/**
 * Pairwise correlations of the daily averages of every two metrics over a trailing window of calendar days
 * (default 90 ending on the given day). Only days on which both metrics have data are paired. A pair is
 * omitted when it has fewer than {@code minPairedDays} paired days (default 10) or when one metric is
 * constant over those days (r undefined).
 */
public final class CorrelationCalculator {

    /** The default window, calendar days. */
    public static final int DEFAULT_WINDOW_DAYS = 90;
    /** The default minimum number of paired days for a pair to be reported. */
    public static final int DEFAULT_MIN_PAIRED_DAYS = 10;

    private final int windowDays;
    private final int minPairedDays;

    public CorrelationCalculator(int windowDays, int minPairedDays) {
        if (windowDays < 1 || minPairedDays < 3) {
            throw new IllegalArgumentException("need a window of at least 1 day and at least 3 paired days");
        }
        this.windowDays = windowDays;
        this.minPairedDays = minPairedDays;
    }

    public static CorrelationCalculator defaults() {
        return new CorrelationCalculator(DEFAULT_WINDOW_DAYS, DEFAULT_MIN_PAIRED_DAYS);
    }

    /** Correlations of every pair of metrics in {@code daily}, in {@link MetricType} order. */
    public List<MetricCorrelation> pairwise(Map<MetricType, NavigableMap<LocalDate, DailyStats>> daily,
                                            LocalDate lastDay) {
        LocalDate firstDay = lastDay.minusDays(windowDays - 1L);
        NavigableMap<MetricType, NavigableMap<LocalDate, DailyStats>> windowed = new TreeMap<>();
        daily.forEach((metric, days) -> windowed.put(metric, days.subMap(firstDay, true, lastDay, true)));
        List<MetricType> metrics = new ArrayList<>(windowed.keySet());
        List<MetricCorrelation> result = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            for (int j = i + 1; j < metrics.size(); j++) {
                correlate(metrics.get(i), windowed.get(metrics.get(i)), metrics.get(j), windowed.get(metrics.get(j)))
                        .ifPresent(result::add);
            }
        }
        return result;
    }

    private Optional<MetricCorrelation> correlate(MetricType first,
                                                            NavigableMap<LocalDate, DailyStats> firstDays,
                                                            MetricType second,
                                                            NavigableMap<LocalDate, DailyStats> secondDays) {
        List<double[]> pairs = new ArrayList<>();
        firstDays.forEach((day, stats) -> {
            DailyStats other = secondDays.get(day);
            if (other != null) {
                pairs.add(new double[] {stats.average(), other.average()});
            }
        });
        int n = pairs.size();
        if (n < minPairedDays) {
            return Optional.empty();
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double pearson = Correlation.pearson(x, y);
        double spearman = Correlation.spearman(x, y);
        if (Double.isNaN(pearson) || Double.isNaN(spearman)) {
            return Optional.empty();
        }
        return Optional.of(new MetricCorrelation(first, second, n, pearson,
                StudentT.correlationPValue(pearson, n), spearman, StudentT.correlationPValue(spearman, n)));
    }
}
